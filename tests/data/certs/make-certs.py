#!/usr/bin/python3
"""Regenerates the certificates used by tst_certificateverifier (committed, so tests need no
network and no clock games). Run: /usr/bin/python3 make-certs.py"""
import datetime
import ipaddress

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

now = datetime.datetime(2026, 1, 1)
far = now + datetime.timedelta(days=365 * 60)


def name(cn):
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Postier Tests")])


def cert(subject, issuer, key, signer, not_before, not_after, ca=False, hosts=()):
    b = (x509.CertificateBuilder().subject_name(subject).issuer_name(issuer)
         .public_key(key.public_key()).serial_number(x509.random_serial_number())
         .not_valid_before(not_before).not_valid_after(not_after)
         .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True))
    if hosts:
        sans = [x509.IPAddress(ipaddress.ip_address(h)) if h[0].isdigit() else x509.DNSName(h) for h in hosts]
        b = b.add_extension(x509.SubjectAlternativeName(sans), critical=False)
    return b.sign(signer, hashes.SHA256())


def write(path, c):
    with open(path, "wb") as f:
        f.write(c.public_bytes(serialization.Encoding.PEM))


ca_key = ec.generate_private_key(ec.SECP256R1())
ca = cert(name("Postier Test CA"), name("Postier Test CA"), ca_key, ca_key, now, far, ca=True)
write("ca.pem", ca)
leaf_key = ec.generate_private_key(ec.SECP256R1())
write("good.pem", cert(name("mail.example.test"), ca.subject, leaf_key, ca_key, now, far,
                       hosts=("mail.example.test", "127.0.0.1")))
write("expired.pem", cert(name("mail.example.test"), ca.subject, leaf_key, ca_key,
                          datetime.datetime(2000, 1, 1), datetime.datetime(2001, 1, 1),
                          hosts=("mail.example.test",)))
write("future.pem", cert(name("mail.example.test"), ca.subject, leaf_key, ca_key,
                         datetime.datetime(2090, 1, 1), datetime.datetime(2091, 1, 1),
                         hosts=("mail.example.test",)))
write("otherhost.pem", cert(name("other.example.test"), ca.subject, leaf_key, ca_key, now, far,
                            hosts=("other.example.test",)))
self_key = ec.generate_private_key(ec.SECP256R1())
write("selfsigned.pem", cert(name("mail.example.test"), name("mail.example.test"), self_key, self_key,
                             now, far, hosts=("mail.example.test",)))
