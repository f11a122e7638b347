#!/usr/bin/env python3
"""Builds the differential table of the PHP input reader from PHP itself.

    python3 api-spec/src/test/php/make-table.py      # needs php (8.2, Debian's php8.2-cli); about 20 s

For every case (hand-written hostile inputs, the ones of issue 12 among them, and generated ones from a fixed seed) it
asks PHP how it reads the bytes, as a query string (parse_str, which is $_GET's reader; checked against a real GET for
the cases a request line can carry) and as a POST form body ($_POST), then writes the canonical spelling the gateway
forwards (every key bracketed, every byte but the unreserved ones percent-encoded) and asks PHP how it reads that too.
The table is committed, so the build needs no PHP: PhpInputReaderTableTests holds the Java reader and writer to it.
"""
import http.client
import json
import os
import random
import socket
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TABLE = os.path.join(HERE, '..', 'resources', 'php', 'php-input-table.jsonl')


def hand_written():
    w = '&'.join
    yield 'issue-internal-suffix', 'where[0][expr]=andX&where[0][val][0][col]=email&where[0][val][0][expr]=eq&where[0][val][0][val]=x&where[0][val][0][internal]x=1'
    yield 'issue-col-suffix', 'where[0][col]x=email%20OR%201%3D1&where[0][expr]=eq&where[0][val]=a'
    yield 'issue-col-double-bracket', 'where[0][col]]=1%27)%20OR%201=1--&where[0][expr]=eq'
    yield 'issue-interleaved', 'f[x]=E1&f=a&f[x]=E2'
    yield 'issue-deep-5000', 'a' + '[a]' * 5000 + '=1'
    yield 'plain', 'a=1&b=2'
    yield 'last-wins-keeps-position', 'a=1&b=2&a=3'
    yield 'scalar-then-array', 'a=1&a[x]=2'
    yield 'array-then-scalar', 'a[x]=2&a=1'
    yield 'array-scalar-array', 'a[x]=1&a=2&a[y]=3'
    yield 'append', 'tags[]=a&tags[]=b&tags[]=c'
    yield 'append-space', 'tags[ ]=a&tags[  ]=b'
    yield 'append-after-index', 'a[5]=x&a[]=y'
    yield 'append-after-negative', 'a[-5]=x&a[]=y'
    yield 'append-after-max', 'a[9223372036854775807]=x&a[]=y&a[][z]=w'
    yield 'numeric-keys', 'a[0]=x&a[07]=y&a[-0]=z&a[+1]=q&a[1.5]=r&a[9223372036854775808]=s&a[-9223372036854775808]=t'
    yield 'numeric-top', '5=x&05=y&-3=z'
    yield 'dots-spaces-top', 'a.b=1&a b=2&a[b.c]=3&a[b c]=4'
    yield 'leading-spaces', '%20a=1&++b=2&+[c]=3'
    yield 'unclosed', 'a[b=1&c[d.e f[g=2'
    yield 'unclosed-nested', 'a[x][b=1&c[y][z][w=2'
    yield 'unclosed-space', 'a[ =1&b[=2'
    yield 'trailing-garbage', 'a[b]c=1&d[e]]=2&f[g]h[i]=3'
    yield 'bracket-in-key', 'a[b[c]=1&a[[d]]=2&a[e[f]g]=3'
    yield 'closing-first', ']a=1&a]=2&a]b[c]=3'
    yield 'no-name', '=1&[a]=2&[]=3&%20=4'
    yield 'empty-pairs', '&&a=1&&&b=2&&'
    yield 'no-equals', 'a&b[]&c[x]'
    yield 'many-equals', 'a==1&b=2=3&c[=]=4'
    yield 'percent-malformed', 'a=%&b=%4&c=%zz&d=%4g&e%=1&f%2=2'
    yield 'percent-encoded-brackets', 'a%5Bb%5D=1&c%5b%5d=2&d%5B0%5D%5Bx%5D=3'
    yield 'percent-encoded-dot', 'a%2Eb=1&c%20d=2'
    yield 'plus-and-space', 'a=b+c&d+e=f&g=%2B'
    yield 'nul-in-value', 'a=x%00y&b=1'
    yield 'nul-in-name', 'a%00b=1&c[x%00y]=2&%00=3'
    yield 'utf8', 'n%C3%A4me=v%C3%A4lue&%E2%82%AC[%F0%9F%98%80]=%F0%9F%98%80'
    yield 'not-utf8', 'a=%FF&b%FE=1&c[%C3]=2'
    yield 'separator-semicolon', 'a=1;b=2&c=3'
    yield 'hash-and-question', 'a=1%23b&c=d?e=f'
    yield 'depth-64', 'a' + '[x]' * 64 + '=1'
    yield 'depth-65', 'a' + '[x]' * 65 + '=1'
    yield 'depth-drop-removes-earlier', 'a[keep]=1&b=2&a' + '[x]' * 70 + '=3&a[after]=4'
    yield 'depth-65-append', 'a' + '[]' * 65 + '=1'
    yield 'vars-1000', w('v%d=%d' % (i, i) for i in range(1000))
    yield 'vars-1001', w('v%d=%d' % (i, i) for i in range(1001))
    yield 'vars-1005-empty-pieces', w(('v%d=%d' % (i, i)) if i % 3 else '' for i in range(1005))
    yield 'where-nested-or', 'where[0][expr]=orX&where[0][val][0][col]=email&where[0][val][0][expr]=eq&where[0][val][0][val]=a&where[0][val][1][col]=city&where[0][val][1][expr]=like&where[0][val][1][val]=b%25'
    yield 'where-internal', 'where[0][col]=id&where[0][expr]=eq&where[0][val]=1&where[0][internal]=1'
    yield 'order-array', 'order[0][col]=email&order[0][dir]=DESC&order[1][col]=id'
    yield 'select-list', 'select[]=email&select[]=firstname&select[5]=id'
    yield 'filters', 'filters[search]=x&filters[includeEvents][]=page.hit&filters[dateFrom]=2024-01-01&order[0]=timestamp&order[1]=DESC'
    yield 'batch-form', '0[email]=a%40x.io&0[firstname]=A&1[email]=b%40x.io&1[tags][]=t'
    yield 'ids-forms', 'ids=1,2,3&ids[]=4'
    yield 'long-value', 'a=' + 'x' * 20000
    yield 'long-name', 'n' * 5000 + '=1'
    yield 'many-brackets-one-level', 'a[' + 'b' * 3000 + ']=1'
    yield 'bracket-soup', 'a[[[[=1&b]]]]=2&c[]][[]=3&d[][]=4&d[][]=5'
    yield 'control-chars', 'a%09b=1&c%0Ad=2&e=%0D%0A'
    yield 'same-value-twice', 'a=1&a=1&b[x]=2&b[x]=2'
    yield 'only-amp', '&'
    yield 'empty', ''


PIECES = ['a', 'b', 'where', 'col', 'expr', 'val', 'x', '0', '1', '-1', '05', '9223372036854775807', '[', ']', '[]',
          '[0]', '[x]', '[ ]', '.', ' ', '+', '%20', '%2E', '%5B', '%5D', '%00', '%FF', '%C3%A4', '=', '%3D', '%26',
          '%', '%4', '_', '-', ';']


def generated(rng, count):
    for n in range(count):
        pairs = []
        for _ in range(rng.randint(1, 6)):
            name = ''.join(rng.choice(PIECES) for _ in range(rng.randint(1, 7)))
            if rng.random() < 0.8:
                name += '=' + ''.join(rng.choice(PIECES) for _ in range(rng.randint(0, 3)))
            pairs.append(name)
        yield 'generated-%03d' % n, '&'.join(pairs)


def start_php():
    s = socket.socket()
    s.bind(('127.0.0.1', 0))
    port = s.getsockname()[1]
    s.close()
    proc = subprocess.Popen(['php', '-d', 'display_errors=0', '-d', 'log_errors=0', '-d', 'error_reporting=0',
                             '-S', '127.0.0.1:%d' % port, os.path.join(HERE, 'oracle.php')],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(100):
        try:
            socket.create_connection(('127.0.0.1', port), timeout=1).close()
            return proc, port
        except OSError:
            time.sleep(0.05)
    proc.kill()
    sys.exit('php -S did not start')


def ask(port, read, body, method='POST', query=None):
    conn = http.client.HTTPConnection('127.0.0.1', port, timeout=30)
    headers = {'X-Read': read}
    if read == 'post':
        headers['Content-Type'] = 'application/x-www-form-urlencoded'
    elif read == 'parse_str':
        headers['Content-Type'] = 'text/plain'
    path = '/' + ('?' + query if query is not None else '')
    conn.request(method, path, body=body if method == 'POST' else None, headers=headers)
    answer = conn.getresponse().read()
    conn.close()
    return json.loads(answer)


def is_text(tree):
    for key, value in tree:
        if isinstance(key, dict) or isinstance(value, dict):
            return False
        if isinstance(value, list) and not is_text(value):
            return False
    return True


UNRESERVED = set(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~')


def encode(text):
    return ''.join(chr(b) if b in UNRESERVED else '%%%02X' % b for b in text.encode('utf-8'))


def canonical(tree):
    out = []

    def write(name, value):
        if isinstance(value, list):
            for key, item in value:
                write(name + '%5B' + encode(str(key)) + '%5D', item)
        else:
            out.append(name + '=' + encode(value))

    for key, value in tree:
        write(encode(str(key)), value)
    return '&'.join(out)


def spelled(raw):
    try:
        text = raw.decode('ascii')
        if all(0x20 <= ord(c) < 0x7f for c in text):
            return text
    except UnicodeDecodeError:
        pass
    return {'hex': raw.hex()}


def main():
    rng = random.Random(4776)
    cases = list(hand_written()) + list(generated(rng, 560))
    proc, port = start_php()
    rows = []
    try:
        for name, text in cases:
            raw = text.encode('latin-1') if isinstance(text, str) else text
            for source, read in (('query', 'parse_str'), ('post', 'post')):
                php = ask(port, read, raw)
                row = {'case': name, 'source': source, 'input': spelled(raw), 'php': php}
                if source == 'query' and len(raw) < 6000 and all(0x21 <= b < 0x7f and b != 0x23 for b in raw):
                    via_get = ask(port, 'get', None, method='GET', query=text)
                    if via_get != php:
                        sys.exit('%s: $_GET %s differs from parse_str %s' % (name, via_get, php))
                if is_text(php):
                    row['canonical'] = canonical(php)
                    row['phpCanonical'] = ask(port, read, row['canonical'].encode('ascii'))
                rows.append(row)
    finally:
        proc.kill()
        proc.wait()
    os.makedirs(os.path.dirname(TABLE), exist_ok=True)
    with open(TABLE, 'w') as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False, separators=(',', ':')) + '\n')
    differing = [r['case'] + '/' + r['source'] for r in rows if 'canonical' in r and r['phpCanonical'] != r['php']]
    print('%d rows (%d cases x 2 sources) written to %s; canonical spelling read differently: %s'
          % (len(rows), len(cases), os.path.relpath(TABLE), differing or 'none'))
    version = subprocess.run(['php', '-r', 'echo PHP_VERSION;'], capture_output=True, text=True).stdout
    print('PHP', version)


if __name__ == '__main__':
    main()
