import re
def replace_block(s, key, new_text, indent=0):
    """Replace the literal block scalar `key: |` at `indent` spaces with new_text (plain, unindented)."""
    lines = s.split('\n')
    head = ' ' * indent + key + ': |'
    idx = [i for i, l in enumerate(lines) if l == head]
    assert len(idx) == 1, (key, indent, len(idx))
    i = idx[0]
    j = i + 1
    while j < len(lines) and (lines[j].strip() == '' or len(lines[j]) - len(lines[j].lstrip(' ')) > indent):
        j += 1
    # keep trailing blank lines outside the block
    k = j
    while k > i + 1 and lines[k - 1].strip() == '':
        k -= 1
    pad = ' ' * (indent + 2)
    body = [pad + l if l else '' for l in new_text.strip('\n').split('\n')]
    return '\n'.join(lines[:i + 1] + body + lines[k:])

def set_scalar(s, path_line_old, new_line):
    assert path_line_old in s, path_line_old[:60]
    return s.replace(path_line_old, new_line, 1)

def insert_placeholder(s, after_key, block):
    """Insert a placeholder block (text starting '  - key: ...') after the placeholder `after_key`'s block."""
    lines = s.split('\n')
    i = [n for n, l in enumerate(lines) if l == f'  - key: {after_key}'][0]
    j = i + 1
    while j < len(lines) and lines[j].startswith('    '):
        j += 1
    return '\n'.join(lines[:j] + block.strip('\n').split('\n') + lines[j:])
