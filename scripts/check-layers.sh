#!/bin/sh
# The layer order of agent/ (docs/hacking.md): a file may include headers of
# its own layer and of the layers below it, never above. Also fails on a
# circle of includes between files. Prints each violation; exit 1 if any.
# usage: scripts/check-layers.sh [AGENT_DIR]
set -eu
exec python3 - "${1:-$(dirname "$0")/../agent}" <<'PY'
import os, re, sys
root = sys.argv[1]
# lowest first; main.c is the entry point above every layer
order = ["", "report", "scan", "host", "logs", "mail", "act", "watch", "cmd"]
def layer(rel):
    if rel == "main.c":
        return len(order)
    d = os.path.dirname(rel)
    return order.index(d) if d in order else None
files, bad = {}, []
for dp, _, names in os.walk(root):
    for n in names:
        if n.endswith((".c", ".h")):
            rel = os.path.relpath(os.path.join(dp, n), root)
            files[rel] = re.findall(r'^\s*#\s*include\s+"([^"]+)"', open(os.path.join(dp, n)).read(), re.M)
for rel, incs in sorted(files.items()):
    me = layer(rel)
    if me is None:
        bad.append("%s: not in a known layer folder" % rel); continue
    for inc in incs:
        # a bare name is looked up beside the file first, then in agent/
        cand = os.path.normpath(os.path.join(os.path.dirname(rel), inc))
        target = cand if cand in files else inc
        if target not in files:
            bad.append("%s: includes %s, which is not in agent/" % (rel, inc)); continue
        if layer(target) > me:
            bad.append("%s (%s) includes %s (%s): a higher layer" % (
                rel, order[me] if me < len(order) else "main", target, order[layer(target)] or "core"))
        files[rel] = files[rel]
# a weak declaration is a call into another file: it must not go upward either
texts = {rel: open(os.path.join(root, rel)).read() for rel in files}
for rel, text in sorted(texts.items()):
    for m in re.finditer(r'^[^#\n]*?\b(\w+)[ \t]*(?:\([^;\n]*\))?[ \t]*__attribute__\(\(weak\)\)', text, re.M):
        name = m.group(1)
        pat = re.compile(r'^(?!extern)[^\n;]*\b%s\b\s*(?:\([^;]*\)\s*$|=)' % re.escape(name), re.M)
        for other, ot in texts.items():
            if other.endswith(".c") and pat.search(ot) and layer(other) > layer(rel):
                bad.append("%s calls %s() of %s, a higher layer (weak symbol)" % (rel, name, other))
# a function a header declares is defined in that header's layer or below
defs = {}
for rel, text in texts.items():
    if rel.endswith(".c"):
        for m in re.finditer(r'^(?!static|extern)[A-Za-z_][^;\n]*?\b(\w+)\([^;\n]*\)\s*\n\{', text, re.M):
            defs.setdefault(m.group(1), rel)
for rel, text in sorted(texts.items()):
    if not rel.endswith(".h"):
        continue
    for m in re.finditer(r'^(?!static|typedef|#)[A-Za-z_][^;\n(]*?\b(\w+)\([^;]*\);', text, re.M):
        d = defs.get(m.group(1))
        if d and layer(d) > layer(rel):
            bad.append("%s declares %s(), defined in %s, a higher layer" % (rel, m.group(1), d))
# circles of includes
graph = {}
for rel, incs in files.items():
    g = []
    for inc in incs:
        cand = os.path.normpath(os.path.join(os.path.dirname(rel), inc))
        g.append(cand if cand in files else inc)
    graph[rel] = [t for t in g if t in files]
state = {}
def visit(n, stack):
    state[n] = 1; stack.append(n)
    for m in graph[n]:
        if state.get(m) == 1:
            bad.append("include circle: " + " -> ".join(stack[stack.index(m):] + [m]))
        elif m not in state:
            visit(m, stack)
    stack.pop(); state[n] = 2
for n in sorted(graph):
    if n not in state: visit(n, [])
for b in bad: print(b)
sys.exit(1 if bad else 0)
PY
