#!/usr/bin/env python3
"""Check a `gdpr-desk log export` without any gdpr-desk code: recompute the RFC 6962 root of the
exported leaves and compare it with the root in the export's signed checkpoint.

    python3 verify_export.py export.jsonl [older.jsonl ...] [--key '<name>+<hash>+<base64 key>']

Several files (e.g. incremental exports made with --since) are read together. With --key and the
`cryptography` package installed, the checkpoint's Ed25519 signature is checked too.
"""

import base64
import hashlib
import json
import sys


def sha256(data):
    return hashlib.sha256(data).digest()


def merkle_root(hashes):  # RFC 6962 §2.1 Merkle Tree Hash, bottom-up
    if not hashes:
        return sha256(b"")
    while len(hashes) > 1:
        pairs = [sha256(b"\x01" + hashes[i] + hashes[i + 1]) for i in range(0, len(hashes) - 1, 2)]
        hashes = pairs + hashes[len(hashes) - len(hashes) % 2 :]
    return hashes[0]


def check_signature(note, key):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    name, key_hash, key_b64 = key.split("+", 2)
    public = base64.b64decode(key_b64)[1:]  # drop the algorithm byte 0x01 (Ed25519)
    body, signatures = note.split("\n\n", 1)
    for line in signatures.splitlines():
        sig_name, sig_b64 = line.removeprefix("\u2014 ").split(" ")
        blob = base64.b64decode(sig_b64)
        if sig_name == name and blob[:4].hex() == key_hash:
            Ed25519PublicKey.from_public_bytes(public).verify(blob[4:], (body + "\n").encode())
            return  # raises InvalidSignature if it does not verify
    sys.exit(f"no signature by {name}+{key_hash}")


def main(args):
    key = args.pop(args.index("--key") + 1) if "--key" in args else None
    args = [a for a in args if a != "--key"]
    leaves, note = {}, None
    for path in args:
        with open(path, encoding="utf-8") as lines:
            for line in filter(str.strip, lines):
                record = json.loads(line)
                if "checkpoint" in record:
                    note = record["checkpoint"]
                    continue
                leaf = base64.b64decode(record["leaf_b64"])
                if json.loads(leaf) != record["entry"] or record["entry"]["seq"] != record["seq"]:
                    sys.exit(f"seq {record['seq']}: the entry shown is not the signed leaf")
                leaves[record["seq"]] = leaf
    if note is None:
        sys.exit("no checkpoint line in the export")
    origin, size, root_b64 = note.split("\n")[:3]
    size = int(size)
    missing = [seq for seq in range(size) if seq not in leaves]
    if missing:
        sys.exit(f"the checkpoint covers {size} entries; missing seq {missing[0]} (add the earlier export)")
    root = merkle_root([sha256(b"\x00" + leaves[seq]) for seq in range(size)])
    if root != base64.b64decode(root_b64):
        sys.exit(f"MISMATCH: recomputed root {base64.b64encode(root).decode()} != checkpoint root {root_b64}")
    if key:
        check_signature(note, key)
    print(f"ok: {origin}, {size} entries, root {root_b64}" + (", signature verified" if key else ""))


if __name__ == "__main__":
    main(sys.argv[1:])
