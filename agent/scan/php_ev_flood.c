/* Floods: a script that connects to, sends to or fetches from a host the
 * request names, again and again, in a loop that runs without end or by the
 * clock (`while (1)`, `for (;;)`, `while (time() < $end)`, a `for` bound by
 * the request's count or by a large literal one). That is the PHP DDoS bot
 * (UDP, HTTP, slowloris) a visitor starts by URL. A loop over a list (a link
 * checker's foreach, a retry loop of three) is not one; nor is a loop whose
 * target the file itself knows (a health check). The loops are marked by the
 * statement layer (php_ev_stmt.c: C->long_loops). */
#include "scan/php_ev.h"

/* Request input (not the server's own variables). */
#define FLOOD_INPUT (T_GET | T_POST | T_REQUEST | T_COOKIE | T_HEADERS | T_INPUT)

/* The argument that names where a call connects, sends or fetches; -1: none. */
static int target_arg(const char *lname)
{
	static const struct {
		const char *name;
		int arg;
	} calls[] = {
	    {"fsockopen", 0},
	    {"pfsockopen", 0},
	    {"stream_socket_client", 0},
	    {"socket_connect", 1},
	    {"socket_sendto", 4},
	    {"stream_socket_sendto", 3},
	    {"curl_init", 0},
	    {"file_get_contents", 0},
	    {"fopen", 0},
	    {"get_headers", 0},
	    {"file", 0},
	    {"wp_remote_get", 0},
	    {"wp_remote_post", 0},
	    {"wp_remote_request", 0},
	    {"gethostbyname", 0},
	};
	for (size_t i = 0; i < HS_ARRAY_LEN(calls); i++)
		if (!strcmp(lname, calls[i].name))
			return calls[i].arg;
	return -1;
}

/* A write to a socket handle (the socket opened once, before the loop). */
static bool socket_send(const char *lname, const struct pv *a0)
{
	static const char *const sends[] = {"fwrite", "fputs", "socket_write", "socket_send",
	                                    "stream_socket_sendto"};
	return (a0->fl & F_SOCKET) && name_in(lname, sends, HS_ARRAY_LEN(sends));
}

void ev_flood_call(struct P *P, const char *lname, const struct pv *args, int nargs, size_t tok)
{
	struct C *C = P->C;
	int t = target_arg(lname);
	const struct pv *target = t >= 0 ? argp((struct pv *)args, nargs, t) : NULL;
	bool named = target && (target->taint & FLOOD_INPUT);
	if (named && (!strcmp(lname, "fsockopen") || !strcmp(lname, "pfsockopen") ||
	              !strcmp(lname, "stream_socket_client") || !strcmp(lname, "socket_connect")))
		C->req_sock = true;
	if (C->flooded || C->long_loops <= 0)
		return;
	const struct pv *a0 = argp((struct pv *)args, nargs, 0);
	bool sends = !named && C->req_sock && socket_send(lname, a0);
	if (!named && !sends)
		return;
	C->flooded = true;
	if (named)
		hit(P, "php.request_flood", HS_SEV_HIGH, tok,
		    "%s() to a host the request names (%s), in a loop without end or timed by the "
		    "clock: a flood started by URL",
		    lname, target->src ? target->src : "request");
	else
		hit(P, "php.request_flood", HS_SEV_HIGH, tok,
		    "%s() to a socket opened to a host the request names, in a loop without end or "
		    "timed by the clock: a flood started by URL",
		    lname);
}
