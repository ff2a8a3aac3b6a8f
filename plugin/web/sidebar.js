// gdpr-desk agent sidebar: shows a ticket's GDPR case and verifies its ledger trail in the browser.
//
// Inside Zendesk (the iframe URL carries ZAF's `origin` and `app_guid`) the ZAF SDK is loaded from
// Zendesk's CDN, the ticket id comes from client.get('ticket.id') and the data request goes through
// Zendesk's proxy, which inserts the app's secure setting `shared_secret`. In a plain browser (demo)
// the ticket comes from ?ticket= and the credential from #token= (or ?token=), kept in sessionStorage.
//
// Every trail entry is checked here, not taken on the server's word: RFC 6962 leaf hash
// SHA-256(0x00 || leaf), then the inclusion proof (RFC 9162 §2.1.3.2) up to the root in the signed
// checkpoint note, whose Ed25519 signature is checked too where the browser's WebCrypto supports it.
(() => {
  "use strict";

  const ZAF_SDK = "https://static.zdassets.com/zendesk_app_framework_sdk/2.0/zaf_sdk.min.js";
  const TOKEN_KEY = "gdpr-desk.sidebar.token";
  const LANGUAGES = ["en", "fr", "nl", "de", "es", "it"];
  const app = document.getElementById("app");
  const query = new URLSearchParams(location.search);
  const inZendesk = query.has("origin") && query.has("app_guid");
  const dataUrl = (ticket) => {
    const url = new URL("sidebar/data", location.href);
    url.searchParams.set("ticket", ticket);
    if (query.get("lang")) url.searchParams.set("lang", query.get("lang"));
    return url.href;
  };

  let texts = null; // sidebar-i18n.json
  let lang = pickLanguage(query.get("lang") || navigator.language);
  let client = null; // ZAF client inside Zendesk
  let ticketId = null;

  // --- small helpers ---------------------------------------------------------------------------
  function pickLanguage(value) {
    const base = String(value || "").toLowerCase().replace("_", "-").split("-")[0];
    return LANGUAGES.includes(base) ? base : "en";
  }
  function t(key, values) {
    const labels = (texts && (texts[lang] || texts.en).labels) || {};
    let text = labels[key] || key;
    for (const [name, value] of Object.entries(values || {})) text = text.split(`{${name}}`).join(String(value));
    return text;
  }
  function section(name) {
    return (texts && (texts[lang] || texts.en)[name]) || {};
  }
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === "class") node.className = value;
      else node.setAttribute(name, value === true ? "" : String(value));
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }
  function show(...nodes) {
    app.replaceChildren(...nodes.filter(Boolean));
    resize();
  }
  function message(text, cls, detail) {
    show(el("p", { class: cls || "muted", id: "status" }, text), detail ? el("p", { class: "small muted", id: "detail" }, detail) : null);
  }
  function resize() {
    if (client) client.invoke("resize", { width: "100%", height: `${Math.min(document.body.scrollHeight + 8, 1400)}px` });
  }

  // --- bytes and hashes --------------------------------------------------------------------------
  const encoder = new TextEncoder();
  function fromB64(text) {
    const bin = atob(text);
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  }
  function concat(...parts) {
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of parts) {
      out.set(p, at);
      at += p.length;
    }
    return out;
  }
  function equal(a, b) {
    if (!a || !b || a.length !== b.length) return false;
    let diff = 0;
    for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i];
    return diff === 0;
  }
  const hex = (bytes) => Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  async function sha256(bytes) {
    return new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  }
  const leafHash = (leaf) => sha256(concat(Uint8Array.of(0), leaf)); // RFC 6962 §2.1
  const nodeHash = (left, right) => sha256(concat(Uint8Array.of(1), left, right));

  // RFC 9162 §2.1.3.2: the root implied by an inclusion proof, or null if the proof is malformed.
  // Indexes stay below 2**53, so plain numbers with division are exact.
  async function rootFromProof(hash, index, size, proof) {
    if (!(index >= 0 && index < size)) return null;
    let fn = index;
    let sn = size - 1;
    let r = hash;
    const odd = (n) => n % 2 === 1;
    const half = (n) => Math.floor(n / 2);
    for (const p of proof) {
      if (p.length !== 32 || sn === 0) return null;
      if (odd(fn) || fn === sn) {
        r = await nodeHash(p, r);
        if (!odd(fn)) {
          while (!odd(fn) && fn !== 0) {
            fn = half(fn);
            sn = half(sn);
          }
        }
      } else {
        r = await nodeHash(r, p);
      }
      fn = half(fn);
      sn = half(sn);
    }
    return sn === 0 ? r : null;
  }

  // A C2SP signed note: text, blank line, "— <name> <base64(key id || signature)>" lines; the text of
  // a checkpoint is origin, size and base64 root, one per line (https://c2sp.org/tlog-checkpoint).
  function parseCheckpoint(note) {
    const cut = note.lastIndexOf("\n\n");
    if (cut < 0) return null;
    const text = note.slice(0, cut + 1);
    const lines = text.split("\n");
    if (lines.length < 4 || !/^(0|[1-9][0-9]*)$/.test(lines[1])) return null;
    let root;
    try {
      root = fromB64(lines[2]);
    } catch {
      return null;
    }
    if (root.length !== 32) return null;
    const signatures = note
      .slice(cut + 2)
      .split("\n")
      .filter((line) => line.startsWith("\u2014 "))
      .map((line) => line.slice(2).split(" "));
    return { text, origin: lines[0], size: Number(lines[1]), root, signatures };
  }

  // "ok", "bad" or "unchecked" (no Ed25519 in this browser's WebCrypto).
  async function verifySignature(checkpoint, verifierKey) {
    const first = verifierKey.indexOf("+");
    const second = verifierKey.indexOf("+", first + 1);
    if (first < 1 || second < 0) return "bad";
    const name = verifierKey.slice(0, first);
    const raw = fromB64(verifierKey.slice(second + 1));
    if (raw.length !== 33 || raw[0] !== 1) return "bad";
    const publicKey = raw.slice(1);
    const keyId = (await sha256(concat(encoder.encode(name), Uint8Array.of(0x0a, 0x01), publicKey))).slice(0, 4);
    if (hex(keyId) !== verifierKey.slice(first + 1, second)) return "bad";
    const mine = checkpoint.signatures.filter(([n, b]) => n === name && b && equal(fromB64(b).slice(0, 4), keyId));
    if (!mine.length) return "bad";
    let key;
    try {
      key = await crypto.subtle.importKey("raw", publicKey, { name: "Ed25519" }, false, ["verify"]);
    } catch {
      return "unchecked";
    }
    for (const [, blob] of mine) {
      const ok = await crypto.subtle.verify({ name: "Ed25519" }, key, fromB64(blob).slice(4), encoder.encode(checkpoint.text));
      if (!ok) return "bad";
    }
    return "ok";
  }

  // --- data ----------------------------------------------------------------------------------------
  function storedToken() {
    const hash = new URLSearchParams(location.hash.slice(1));
    const given = hash.get("token") || query.get("token");
    try {
      if (given) {
        sessionStorage.setItem(TOKEN_KEY, given);
        // Take the credential out of the address bar (and out of history) at once.
        hash.delete("token");
        query.delete("token");
        const search = query.toString();
        const rest = hash.toString();
        history.replaceState(null, "", `${location.pathname}${search ? `?${search}` : ""}${rest ? `#${rest}` : ""}`);
      }
      return sessionStorage.getItem(TOKEN_KEY);
    } catch {
      return given;
    }
  }

  async function fetchData(ticket) {
    if (client) {
      try {
        const body = await client.request({
          url: dataUrl(ticket),
          type: "GET",
          headers: { Authorization: "Bearer {{setting.shared_secret}}" },
          secure: true, // Zendesk's proxy fills in the secure setting; the browser never sees it
          cors: false,
          dataType: "json",
        });
        return { status: 200, body: typeof body === "string" ? JSON.parse(body) : body };
      } catch (error) {
        return { status: error.status || 0, body: error.responseJSON || {} };
      }
    }
    const token = storedToken();
    const headers = token ? { Authorization: `Bearer ${token}` } : {};
    const response = await fetch(dataUrl(ticket), { headers, cache: "no-store", credentials: "omit" });
    let body = {};
    try {
      body = await response.json();
    } catch {
      body = {};
    }
    return { status: response.status, body };
  }

  // --- rendering -----------------------------------------------------------------------------------
  function daysText(caseData) {
    const n = caseData.days_left;
    if (n === null || n === undefined) return null;
    if (n < 0) return t(n === -1 ? "overdue_one" : "overdue_other", { n: -n });
    if (n === 0) return t("due_today");
    return t(n === 1 ? "days_left_one" : "days_left_other", { n });
  }

  function dueBlock(c) {
    const urgency = c.closed ? "closed" : c.overdue ? "overdue" : c.due_soon ? "soon" : "ok";
    const rows = [];
    if (c.closed) {
      const done = c.answered_on ? ["answered", c.answered_on] : c.refused_on ? ["refused", c.refused_on] : null;
      if (done) rows.push(el("div", { class: "due-label" }, t(done[0])), el("div", { class: "due-date" }, done[1].text));
    } else if (c.on_hold) {
      rows.push(el("div", { class: "due-hold", id: "due-date" }, t("on_hold")));
    } else if (c.effective_due_on) {
      rows.push(
        el("div", { class: "due-label" }, t(c.extended ? "extended_due" : "due")),
        el("div", { class: "due-date", id: "due-date", "data-iso": c.effective_due_on.iso }, c.effective_due_on.text),
        el("div", { class: "days", id: "days-left", "data-days": c.days_left }, daysText(c)),
      );
      if (c.extended && c.due_on) rows.push(el("div", { class: "small" }, `${t("first_due")}: ${c.due_on.text}`));
    }
    rows.push(el("div", { class: "small" }, `${t("received")}: ${c.received_on.text}`));
    return el("section", { class: `due ${urgency}`, id: "due", "data-urgency": urgency }, rows);
  }

  function caseView(data) {
    const c = data.case;
    const states = section("states");
    const parts = [dueBlock(c)];
    parts.push(
      el("section", { id: "rights" },
        el("h2", {}, t("request_types")),
        c.rights.length
          ? el("ul", { class: "plain" }, c.rights.map((r) => el("li", {}, r.name, r.article ? el("span", { class: "muted" }, ` (Art. ${r.article})`) : null)))
          : el("p", {}, t("request_unclear")),
      ),
    );
    if (c.escalations.length) {
      parts.push(
        el("section", { class: "escalate", id: "escalations" },
          el("h2", {}, t("escalate")),
          el("ul", { class: "plain" }, c.escalations.map((e) => el("li", {}, el("strong", {}, e.name), el("div", { class: "small" }, e.action)))),
        ),
      );
    }
    const m = c.macros;
    parts.push(
      el("section", { class: "macro", id: "next-macro" },
        el("h2", {}, t("next_macro")),
        m.next ? el("p", { class: "macro-title", "data-macro": m.next.id }, m.next.title) : el("p", { class: "muted" }, t(`no_macro_${m.why_none}`)),
        m.replies.length ? el("p", { class: "small" }, `${t("reply_macros")}: `, m.replies.map((r) => r.title).join(" · ")) : null,
      ),
    );
    parts.push(
      el("details", { id: "checklist", open: !c.closed },
        el("summary", {}, `${t("checklist")} (${data.checklist.length})`),
        el("ol", {}, data.checklist.map((item) => el("li", {}, item))),
      ),
    );
    return { state: states[c.state] || c.state, parts };
  }

  function formatTime(iso) {
    try {
      const date = new Date(iso.replace(/\.(\d{3})\d*Z$/, ".$1Z"));
      const locale = lang === "en" ? "en-GB" : lang; // day before month, as in the rest of the page
      return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(date);
    } catch {
      return iso;
    }
  }

  function trailView(data) {
    const items = data.trail.map((row) =>
      el("li", { class: "entry", "data-seq": row.seq, "data-verify": row.covered ? "pending" : "uncovered" },
        el("div", { class: "entry-head" },
          el("span", { class: "mark" }, row.covered ? t("checking") : `○ ${t("uncovered")}`),
          el("span", { class: "time" }, formatTime(row.time)),
        ),
        el("div", { class: "entry-summary" }, row.summary),
        el("details", { class: "leaf" }, el("summary", {}, `${t("leaf")} #${row.seq}`), el("pre", {}, "")),
      ),
    );
    const older = data.trail_total - data.trail.length;
    const cp = data.checkpoint;
    return el("section", { id: "trail" },
      el("h2", {}, t("trail")),
      data.ledger_problem ? el("p", { class: "warning" }, t("ledger_warning")) : null,
      el("p", { class: "small", id: "verify-summary" }, cp ? t("checking") : t("uncovered")),
      el("ul", { class: "entries" }, items.reverse()), // newest first
      older > 0 ? el("p", { class: "small muted" }, t("older_entries", { n: older })) : null,
      cp ? el("p", { class: "small muted", id: "checkpoint" }, `${t("checkpoint")}: ${t("tree_size", { n: cp.size })} · `,
        el("span", { id: "signed-by" }, t("signed_by", { key: cp.verifier_key.split("+").slice(0, 2).join("+") })),
        " · ", el("span", { id: "signature" }, t("checking"))) : null,
    );
  }

  function render(data) {
    lang = pickLanguage(data.language);
    document.documentElement.lang = lang;
    const header = el("header", {},
      el("h1", {}, t("title")),
      el("span", { class: "ticket" }, t("ticket", { id: data.ticket })),
      el("button", { type: "button", id: "refresh", title: t("refresh"), "aria-label": t("refresh") }, "↻"),
    );
    const nodes = [header];
    if (data.case) {
      const view = caseView(data);
      header.append(el("span", { class: `state state-${data.case.state}` }, view.state));
      nodes.push(...view.parts);
    } else {
      nodes.push(el("p", { class: "muted", id: "status" }, t("not_found")));
    }
    nodes.push(trailView(data));
    show(...nodes);
    document.getElementById("refresh").addEventListener("click", () => load());
  }

  function mark(item, state, label) {
    item.dataset.verify = state;
    const icon = { ok: "✓", failed: "✗" }[state] || "…";
    item.querySelector(".mark").textContent = `${icon} ${label}`;
  }

  async function verifyTrail(data) {
    const summary = document.getElementById("verify-summary");
    const signature = document.getElementById("signature");
    const covered = data.trail.filter((row) => row.covered);
    const items = new Map(Array.from(app.querySelectorAll("li.entry"), (li) => [Number(li.dataset.seq), li]));
    for (const row of data.trail) {
      const pre = items.get(row.seq).querySelector("pre");
      try {
        pre.textContent = JSON.stringify(JSON.parse(new TextDecoder().decode(fromB64(row.leaf))), null, 1);
      } catch {
        pre.textContent = row.leaf;
      }
    }
    if (!data.checkpoint) return;
    if (!(window.crypto && crypto.subtle)) {
      summary.textContent = t("no_crypto");
      signature.textContent = t("no_crypto");
      return;
    }
    const checkpoint = parseCheckpoint(data.checkpoint.note);
    let signed = "bad";
    try {
      if (checkpoint) signed = await verifySignature(checkpoint, data.checkpoint.verifier_key);
    } catch {
      signed = "bad"; // malformed key or signature
    }
    signature.textContent = t({ ok: "signature_ok", bad: "signature_bad", unchecked: "signature_unchecked" }[signed]);
    signature.className = `sig-${signed}`;
    let ok = 0;
    for (const row of covered) {
      let good = false;
      if (checkpoint && signed !== "bad") {
        try {
          const leaf = fromB64(row.leaf);
          const entry = JSON.parse(new TextDecoder().decode(leaf));
          // The leaf carries its own seq: a proof for another position cannot pass for this entry.
          const root = entry.seq === row.seq ? await rootFromProof(await leafHash(leaf), row.seq, checkpoint.size, row.proof.map(fromB64)) : null;
          good = root !== null && equal(root, checkpoint.root);
        } catch {
          good = false;
        }
      }
      ok += good ? 1 : 0;
      mark(items.get(row.seq), good ? "ok" : "failed", t(good ? "verified" : "failed"));
    }
    const failed = covered.length - ok;
    summary.textContent = failed ? t("summary_failed", { failed, n: covered.length }) : t("summary_ok", { ok, n: covered.length });
    summary.className = failed ? "small bad" : "small good";
  }

  async function load() {
    app.dataset.state = "loading";
    if (ticketId === null) {
      message(t("no_ticket"));
      app.dataset.state = "error";
      return;
    }
    message(t("loading"));
    let result;
    try {
      result = await fetchData(ticketId);
    } catch (error) {
      result = { status: 0, body: { error: String(error) } };
    }
    const errors = { 401: "unauthorized", 403: "forbidden", 404: "not_found", 503: "unavailable" };
    if (result.status !== 200) {
      const known = errors[result.status];
      // The service's own (English) reason helps whoever sets the app up; it never holds case data.
      const text = known ? t(known) : t("error", { detail: result.status || "network" });
      message(text, result.status === 404 ? "muted" : "bad", result.body.error || null);
      app.dataset.state = "error";
      app.dataset.status = result.status;
      return;
    }
    render(result.body);
    await verifyTrail(result.body);
    app.dataset.state = "ready";
    resize();
  }

  function loadScript(src) {
    return new Promise((resolve, reject) => {
      const script = document.createElement("script");
      script.src = src;
      script.onload = resolve;
      script.onerror = () => reject(new Error(`cannot load ${src}`));
      document.head.append(script);
    });
  }

  async function start() {
    try {
      const response = await fetch(new URL("sidebar/assets/sidebar-i18n.json", location.href), { credentials: "omit" });
      texts = await response.json();
    } catch {
      texts = null;
    }
    message(t("loading"));
    if (inZendesk) {
      // Only inside Zendesk: the SDK talks to the host frame named by ?origin= and ?app_guid=.
      await loadScript(ZAF_SDK);
      client = window.ZAFClient.init();
      const found = await client.get("ticket.id");
      ticketId = found["ticket.id"] ? String(found["ticket.id"]) : null;
      client.on("ticket.submit.done", () => setTimeout(load, 2000));
    } else {
      const given = query.get("ticket");
      ticketId = given && /^[1-9][0-9]*$/.test(given) ? given : null;
    }
    await load();
  }

  start().catch((error) => {
    message(t("error", { detail: error.message || String(error) }), "bad");
    app.dataset.state = "error";
  });
})();
