/* libFuzzer harness: the postfix queue file parser (mail/mailq_postfix.c), with
 * the header attribution it feeds (mail/mailq.c). How the input is laid
 * out: tests/fuzz/mq_fuzz.h. */
#include "mq_fuzz.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	mqf_init(&mailq_postfix);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	mqf_parse(data, size, "82DD1A7819D");
	return 0;
}
