// SPDX-License-Identifier: GPL-2.0
/*
 * The known-findings list (sim/known.h; no kernel counterpart).  The format,
 * one directive per line, '#' comments, leading blanks ignored:
 *
 *   finding ID DOC
 *   violation KIND: CONDITION
 *   message TEXT
 *
 * violation and message belong to the finding above them; a finding needs
 * exactly one violation.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sim/explore.h"
#include "sim/known.h"

struct kparse {
	const char *file;
	u32 line;
	char *err;
	size_t errlen;
};

static int kerr(struct kparse *p, size_t col, const char *what)
{
	snprintf(p->err, p->errlen, "%s:%u:%zu: %s", p->file, p->line, col, what);
	return -EINVAL;
}

/* Copy the rest of the line at @s (without trailing blanks) into @buf. */
static int rest(struct kparse *p, const char *s, size_t len, size_t col, char *buf, size_t cap)
{
	while (len && (s[len - 1] == ' ' || s[len - 1] == '\t' || s[len - 1] == '\r'))
		len--;
	if (!len)
		return kerr(p, col, "a value is missing");
	if (len >= cap)
		return kerr(p, col, "too long");
	memcpy(buf, s, len);
	buf[len] = '\0';
	return 0;
}

static int finish(struct kparse *p, const struct known_list *l)
{
	if (l->nr && !l->f[l->nr - 1].signature[0]) {
		snprintf(p->err, p->errlen, "%s:%u:1: finding %s has no violation line", p->file,
			 l->f[l->nr - 1].line, l->f[l->nr - 1].id);
		return -EINVAL;
	}
	return 0;
}

static int directive(struct kparse *p, struct known_list *l, const char *s, size_t len,
		     size_t col)
{
	size_t kw = strcspn(s, " \t");
	const char *v = s + kw;
	size_t vcol;
	struct known_finding *f = l->nr ? &l->f[l->nr - 1] : NULL;
	char buf[512];
	int ret;

	if (kw > len)
		kw = len;
	while (v < s + len && (*v == ' ' || *v == '\t'))
		v++;
	vcol = col + (size_t)(v - s);
	if (kw == 7 && !strncmp(s, "finding", 7)) {
		size_t idlen;

		ret = finish(p, l);
		if (ret)
			return ret;
		if (l->nr == l->cap) {
			unsigned int cap = l->cap ? l->cap * 2 : 8;
			struct known_finding *n = realloc(l->f, cap * sizeof(*n));

			if (!n)
				return kerr(p, col, "out of memory");
			l->f = n;
			l->cap = cap;
		}
		f = &l->f[l->nr++];
		memset(f, 0, sizeof(*f));
		f->line = p->line;
		idlen = strcspn(v, " \t\r\n");
		if (!idlen)
			return kerr(p, vcol, "finding needs an ID and a DOC");
		if (idlen >= sizeof(f->id))
			return kerr(p, vcol, "ID too long");
		memcpy(f->id, v, idlen);
		v += idlen;
		while (v < s + len && (*v == ' ' || *v == '\t'))
			v++;
		return rest(p, v, len - (size_t)(v - s), col + (size_t)(v - s), f->doc,
			    sizeof(f->doc));
	}
	if (!f)
		return kerr(p, col, "violation and message belong to a finding line above");
	if (kw == 9 && !strncmp(s, "violation", 9)) {
		if (f->signature[0])
			return kerr(p, col, "a finding has one violation line");
		ret = rest(p, v, len - (size_t)(v - s), vcol, buf, sizeof(buf));
		if (ret)
			return ret;
		if (!strchr(buf, ':'))
			return kerr(p, vcol, "violation is KIND: CONDITION");
		explore_signature(buf, f->signature, sizeof(f->signature));
		return 0;
	}
	if (kw == 7 && !strncmp(s, "message", 7)) {
		if (f->nr_messages == KNOWN_MAX_MESSAGES)
			return kerr(p, col, "too many message lines");
		return rest(p, v, len - (size_t)(v - s), vcol, f->message[f->nr_messages++],
			    sizeof(f->message[0]));
	}
	return kerr(p, col, "unknown directive (finding, violation, message)");
}

int known_parse(struct known_list *l, const char *file, const char *text, char *err,
		size_t errlen)
{
	struct kparse p = { file, 0, err, errlen };
	const char *s = text;
	unsigned int base = l->nr;
	int ret = 0;

	while (*s && !ret) {
		size_t len = strcspn(s, "\n"), col = 1;
		const char *q = s;

		p.line++;
		while (q < s + len && (*q == ' ' || *q == '\t'))
			q++, col++;
		if (q < s + len && *q != '#' && *q != '\r')
			ret = directive(&p, l, q, len - (size_t)(q - s), col);
		s += len + (s[len] == '\n');
	}
	if (!ret)
		ret = finish(&p, l);
	if (ret)
		l->nr = base;
	return ret;
}

int known_parse_file(struct known_list *l, const char *path, char *err, size_t errlen)
{
	FILE *f = fopen(path, "r");
	char *text = NULL;
	size_t len = 0;
	int ret;

	if (!f) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return -errno;
	}
	if (getdelim(&text, &len, '\0', f) < 0 && ferror(f)) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		fclose(f);
		free(text);
		return -EIO;
	}
	fclose(f);
	ret = known_parse(l, path, text ? text : "", err, errlen);
	free(text);
	return ret;
}

int known_match(const struct known_list *l, const char *first_violation, const char *message)
{
	char sig[256];

	explore_signature(first_violation, sig, sizeof(sig));
	for (unsigned int i = 0; i < l->nr; i++) {
		const struct known_finding *f = &l->f[i];
		unsigned int m;

		if (strcmp(f->signature, sig))
			continue;
		for (m = 0; m < f->nr_messages; m++)
			if (!message || !strstr(message, f->message[m]))
				break;
		if (m == f->nr_messages)
			return (int)i;
	}
	return -1;
}

void known_destroy(struct known_list *l)
{
	free(l->f);
	*l = (struct known_list){ 0 };
}
