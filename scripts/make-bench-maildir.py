#!/usr/bin/env python3
"""Writes a Maildir of N mixed mails for the benchmarks: Japanese and English, ISO-2022-JP,
Shift_JIS and UTF-8 encoded words and bodies, a quarter multipart with a JPEG attachment.
Usage: make-bench-maildir.py DIR N
"""
import os, sys, base64, random
root, n = sys.argv[1], int(sys.argv[2])
for d in ("cur", "new", "tmp"): os.makedirs(os.path.join(root, d), exist_ok=True)
random.seed(7)
names = ["山田 太郎", "佐藤 花子", "Emma Wilson", "鈴木 美咲", "Lucas Moreau", "高橋 健一", "Olivia Taylor"]
subjects = ["ご注文の配送状況について", "返品・交換のお願い", "Where is my order?", "破損して届きました", "Gift wrapping", "領収書の発行について"]
bodies = ["お世話になっております。\n注文 #%d の件でご連絡しました。\n届く日を教えてください。\n", "Hi,\n\nmy order #%d has not arrived yet. Could you check?\n\nThanks\n",
          "花瓶が割れて届きました。写真を添付します。\n交換をお願いできますか。\n"]
def word(text, cs):
    data = text.encode(cs)
    return "=?%s?B?%s?=" % ("ISO-2022-JP" if cs == "iso2022_jp" else cs, base64.b64encode(data).decode())
for i in range(n):
    name = random.choice(names); subject = random.choice(subjects); body = random.choice(bodies).replace("%d", str(1000 + i))
    kind = i % 4
    cs = {0: "utf-8", 1: "iso2022_jp", 2: "shift_jis", 3: "utf-8"}[kind]
    label = {"utf-8": "UTF-8", "iso2022_jp": "ISO-2022-JP", "shift_jis": "Shift_JIS"}[cs]
    addr = "customer%d@example.jp" % (i % 20000)
    head = "From: %s <%s>\nTo: support@flourist.example.jp\nSubject: %s\nDate: Tue, 24 Nov 2026 %02d:%02d:00 +0900\nMessage-ID: <bench-%d@example.jp>\nMIME-Version: 1.0\n" % (
        word(name, cs if cs != "iso2022_jp" else "iso2022_jp"), addr, word(subject, cs), i % 24, i % 60, i)
    if kind == 3:
        msg = head + 'Content-Type: multipart/mixed; boundary="b%d"\n\n--b%d\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: base64\n\n%s\n--b%d\nContent-Type: image/jpeg; name="photo.jpg"\nContent-Disposition: attachment; filename="photo.jpg"\nContent-Transfer-Encoding: base64\n\n%s\n--b%d--\n' % (
            i, i, base64.encodebytes(body.encode()).decode(), i, base64.encodebytes(os.urandom(3000)).decode(), i)
        data = msg.encode()
    else:
        data = (head + "Content-Type: text/plain; charset=%s\nContent-Transfer-Encoding: 8bit\n\n" % label).encode() + body.encode(cs)
    with open(os.path.join(root, "cur", "%d.M%dP1.bench:2,S" % (1700000000 + i, i)), "wb") as f: f.write(data)
