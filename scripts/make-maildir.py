#!/usr/bin/env python3
"""Writes a Maildir of N real-format customer mails for the crash and soak scripts.

Varied senders, subjects in English and Japanese (RFC 2047 encoded words, UTF-8 and ISO-2022-JP),
threads joined by In-Reply-To/References, and a few multipart mails with attachments.
Usage: make-maildir.py DIR N
"""
import base64, email.utils, os, random, sys
from email.header import Header

folder, count = sys.argv[1], int(sys.argv[2])
random.seed(20261130)
for sub in ("cur", "new", "tmp"):
    os.makedirs(os.path.join(folder, sub), exist_ok=True)

people = [("佐藤 美咲", "misaki.sato"), ("田中 健", "ken.tanaka"), ("Emily Clark", "emily.clark"),
          ("山本 さくら", "sakura.y"), ("John Smith", "jsmith"), ("鈴木 一郎", "ichiro.suzuki"),
          ("Marie Dubois", "marie.d"), ("高橋 陽子", "yoko.takahashi"), ("Chen Wei", "chen.wei"), ("伊藤 翔", "sho.ito")]
domains = ["example.com", "example.jp", "mail.example.net", "docomo.example.ne.jp"]
subjects_en = ["Where is my order #{n}?", "Exchange request for order {n}", "Damaged bouquet ({n})",
               "Question about delivery on Friday", "Refund for order {n}", "Thank you!"]
subjects_ja = ["注文番号{n}の配送状況について", "商品の交換をお願いします（{n}）", "届いた花が傷んでいました",
               "お届け日の変更について", "返金のお願い {n}", "ありがとうございました"]

def encoded(text, charset):
    if all(ord(c) < 128 for c in text):
        return text
    return Header(text, charset).encode()

sent = []  # (message-id, subject) of earlier mails, for threads
for i in range(count):
    name, local = random.choice(people)
    sender = email.utils.formataddr((encoded(name, "utf-8"), f"{local}{i % 97}@{random.choice(domains)}"))
    msgid = f"<crash-{i:06d}.{random.randrange(10**9)}@{random.choice(domains)}>"
    japanese = random.random() < 0.5
    subject = random.choice(subjects_ja if japanese else subjects_en).format(n=10000 + i)
    headers = [f"From: {sender}", "To: Flourist <support@flourist.example.jp>",
               f"Date: {email.utils.formatdate(1767225600 + i * 61, localtime=False)}",
               f"Message-ID: {msgid}"]
    if sent and random.random() < 0.3:
        parent_id, parent_subject = random.choice(sent[-200:])
        subject = "Re: " + parent_subject
        headers += [f"In-Reply-To: {parent_id}", f"References: {parent_id}"]
    charset = "iso-2022-jp" if japanese and random.random() < 0.3 else "utf-8"
    headers.append("Subject: " + encoded(subject, charset))
    body = (f"{name} です。\nお世話になっております。注文 {10000 + i} についてご連絡しました。\n" if japanese
            else f"Hello,\nI am writing about order {10000 + i}.\nBest regards,\n{name}\n") + f"(mail {i})\n"
    headers.append("MIME-Version: 1.0")
    if i % 50 == 7:
        boundary = f"=_b{i}"
        attachment = base64.encodebytes(bytes(random.randrange(256) for _ in range(2048))).decode()
        headers.append(f'Content-Type: multipart/mixed; boundary="{boundary}"')
        text = "\n".join(headers) + "\n\n" + f"--{boundary}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" \
            + base64.encodebytes(body.encode()).decode() + f"\n--{boundary}\n" \
            + f'Content-Type: image/jpeg; name="photo{i}.jpg"\nContent-Disposition: attachment; filename="photo{i}.jpg"\n' \
            + "Content-Transfer-Encoding: base64\n\n" + attachment + f"--{boundary}--\n"
        data = text.encode()
    elif charset == "iso-2022-jp":
        headers += ["Content-Type: text/plain; charset=iso-2022-jp", "Content-Transfer-Encoding: 7bit"]
        data = ("\n".join(headers) + "\n\n").encode() + body.encode("iso-2022-jp")
    else:
        headers += ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"]
        data = ("\n".join(headers) + "\n\n" + body).encode()
    sent.append((msgid, subject[4:] if subject.startswith("Re: ") else subject))
    where = "cur" if i % 3 else "new"
    suffix = ":2,S" if where == "cur" else ""
    with open(os.path.join(folder, where, f"{1767225600 + i}.M{i}P1.mado-crash{suffix}"), "wb") as f:
        f.write(data.replace(b"\n", b"\r\n") if i % 10 == 3 else data)
