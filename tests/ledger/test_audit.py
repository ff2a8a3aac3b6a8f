"""The auditor API: bearer tokens by role, read-only routes, proofs that verify, reads recorded."""

from __future__ import annotations

import base64
from collections.abc import Iterator

import pytest
from starlette.applications import Starlette
from starlette.testclient import TestClient

from plugin.audit import audit_routes
from plugin.ledger import Ledger, merkle
from plugin.ledger.checkpoint import Checkpoint, CheckpointSigner
from plugin.ledger.tokens import Tokens

from .conftest import T0, at

b64decode = base64.b64decode


@pytest.fixture
def tokens(ledger: Ledger) -> Tokens:
    store = Tokens(ledger.db)
    store.ensure_schema()
    return store


@pytest.fixture
def client(ledger: Ledger, signer: CheckpointSigner, tokens: Tokens) -> Iterator[TestClient]:
    with ledger.db.transaction() as tx:
        for i in range(10):
            ledger.append(tx, "decision", {"ticket": f"k1:{i:064x}", "n": i}, time=at(i))
    app = Starlette(routes=audit_routes(ledger, signer, lambda: T0))
    with TestClient(app) as test_client:
        yield test_client


def _token(ledger: Ledger, tokens: Tokens, role: str) -> tuple[str, str]:
    with ledger.db.transaction() as tx:
        token, info = tokens.create(tx, role, now=T0, label="test")
    return token, info.id


def _auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_requests_without_a_valid_auditor_token_are_refused(client: TestClient, ledger: Ledger, tokens: Tokens) -> None:
    token, _ = _token(ledger, tokens, "auditor")
    admin, _ = _token(ledger, tokens, "admin")
    tampered = token[:-1] + ("0" if token[-1] != "0" else "1")
    for headers in ({}, {"Authorization": "Basic abc"}, _auth("nonsense"), _auth(tampered), _auth(token + "x")):
        response = client.get("/audit/checkpoint", headers=headers)
        assert response.status_code == 401, headers
        assert response.headers["www-authenticate"].startswith("Bearer")
        assert "error" in response.json()
    response = client.get("/audit/checkpoint", headers=_auth(admin))
    assert response.status_code == 403 and "auditor" in response.json()["error"]
    with ledger.db.transaction() as tx:
        tokens.revoke(tx, token.split("_")[1], now=T0)
    assert client.get("/audit/checkpoint", headers=_auth(token)).status_code == 401
    assert ledger.size() == 10  # refused requests are not reads


def test_checkpoint_entries_and_proofs_verify(
    client: TestClient, ledger: Ledger, tokens: Tokens, signer: CheckpointSigner
) -> None:
    token, _ = _token(ledger, tokens, "auditor")
    body = client.get("/audit/checkpoint", headers=_auth(token)).json()
    checkpoint = Checkpoint.parse(signer.signer.verifier().open(body["checkpoint"]))
    assert checkpoint.size == body["size"] == 10 and body["verifier_key"] == signer.verifier_key

    entries = client.get("/audit/entries", params={"from": 0, "to": 10}, headers=_auth(token)).json()["entries"]
    leaves = [b64decode(e["leaf_b64"]) for e in entries]
    assert [e["seq"] for e in entries] == list(range(10)) and merkle.root(leaves) == checkpoint.root
    assert entries[3]["entry"]["data"]["n"] == 3 and entries[3]["entry"]["kind"] == "decision"

    proof = client.get("/audit/proof/inclusion", params={"seq": 3, "size": 10}, headers=_auth(token)).json()
    assert merkle.verify_inclusion(
        merkle.leaf_hash(leaves[3]), 3, 10, [b64decode(p) for p in proof["proof"]], checkpoint.root
    )
    # The log has grown by the audit reads themselves; prove the old checkpoint is a prefix of it.
    size = ledger.size()
    consistency = client.get("/audit/proof/consistency", params={"from": 10, "to": size}, headers=_auth(token)).json()
    assert b64decode(consistency["from_root"]) == checkpoint.root
    assert merkle.verify_consistency(
        10, size, checkpoint.root, b64decode(consistency["to_root"]), [b64decode(p) for p in consistency["proof"]]
    )


def test_every_read_is_recorded_with_the_token_id(client: TestClient, ledger: Ledger, tokens: Tokens) -> None:
    token, token_id = _token(ledger, tokens, "auditor")
    client.get("/audit/entries", params={"from": 2, "to": 4}, headers=_auth(token))
    client.get("/audit/proof/inclusion", params={"seq": 1}, headers=_auth(token))
    reads = [e for e in ledger.entries(10, ledger.size()) if e.kind == "audit_read"]
    assert [(e.data["endpoint"], e.data["params"]) for e in reads] == [
        ("entries", {"from": "2", "to": "4"}),
        ("inclusion", {"seq": "1"}),
    ]
    assert all(e.data["token"] == token_id for e in reads)
    assert all(token not in e.leaf.decode() for e in ledger.entries(0, ledger.size()))


@pytest.mark.parametrize(
    ("path", "params", "message"),
    [
        ("/audit/entries", {"from": "5", "to": "2"}, "from <= to"),
        ("/audit/entries", {"from": "0", "to": "99"}, "from <= to"),
        ("/audit/entries", {"from": "-1"}, "non-negative integer"),
        ("/audit/entries", {"from": "abc"}, "non-negative integer"),
        ("/audit/proof/inclusion", {}, "'seq' is required"),
        ("/audit/proof/inclusion", {"seq": "10", "size": "10"}, "not in a tree of size 10"),
        ("/audit/proof/inclusion", {"seq": "0", "size": "11"}, "outside 0..10"),
        ("/audit/proof/consistency", {"from": "9", "to": "3"}, "outside 0..3"),
        ("/audit/proof/consistency", {"from": "1", "to": "12"}, "outside 0..10"),
        ("/audit/proof/consistency", {"to": "3"}, "'from' is required"),
    ],
)
def test_bad_parameters_get_a_clear_400(
    client: TestClient, ledger: Ledger, tokens: Tokens, path: str, params: dict[str, str], message: str
) -> None:
    token, _ = _token(ledger, tokens, "auditor")
    response = client.get(path, params=params, headers=_auth(token))
    assert response.status_code == 400 and message in response.json()["error"]
    assert ledger.size() == 10  # a refused request is not recorded as a read


def test_entries_are_capped_per_request(client: TestClient, ledger: Ledger, tokens: Tokens) -> None:
    with ledger.db.transaction() as tx:
        ledger.append_many(tx, [("bulk", {"i": i}, T0) for i in range(1000)])
    token, _ = _token(ledger, tokens, "auditor")
    response = client.get("/audit/entries", params={"from": 0, "to": 1005}, headers=_auth(token))
    assert response.status_code == 400 and "at most 1000" in response.json()["error"]
    page = client.get("/audit/entries", params={"from": 5}, headers=_auth(token)).json()
    assert (page["from"], page["to"], len(page["entries"])) == (5, 1005, 1000)


def test_routes_are_read_only(client: TestClient, ledger: Ledger, tokens: Tokens) -> None:
    token, _ = _token(ledger, tokens, "auditor")
    assert client.post("/audit/entries", headers=_auth(token)).status_code == 405
    assert client.delete("/audit/checkpoint", headers=_auth(token)).status_code == 405


def test_a_truncated_log_is_reported_not_signed(client: TestClient, ledger: Ledger, tokens: Tokens) -> None:
    token, _ = _token(ledger, tokens, "auditor")
    assert client.get("/audit/checkpoint", headers=_auth(token)).status_code == 200
    with ledger.db.transaction() as tx:
        if tx.dialect == "sqlite":
            tx.execute("DROP TRIGGER ledger_entries_no_delete")
        else:
            tx.execute("DROP TRIGGER ledger_entries_append_only ON ledger_entries")
        tx.execute("DELETE FROM ledger_entries WHERE seq >= 5")
    response = client.get("/audit/checkpoint", headers=_auth(token))
    assert response.status_code == 500 and "truncated" in response.json()["error"]
