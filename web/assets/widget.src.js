/* Municipal network assistant: chat widget.
 *
 * <script src="https://assistant.example/widget.js" data-title="..." data-lang="sv" defer></script>
 *
 * Everything renders inside a Shadow DOM (host CSS cannot reach in, ours cannot leak out),
 * and every string from documents or users is inserted with textContent, never as HTML.
 */
(function () {
  "use strict";
  var STRINGS = __STRINGS__;
  var script = document.currentScript;
  if (!script) { return; }
  var ds = script.dataset;
  var base = (ds.api || new URL(script.src, location.href).origin).replace(/\/+$/, "");
  var lang = STRINGS[ds.lang] ? ds.lang : pickLang();
  var T = STRINGS[lang];
  var mode = ds.mode === "inline" ? "inline" : "launcher";
  var showDetails = ds.details === "true";
  var filters = {};
  if (ds.filterPublisher) { filters.publisher = ds.filterPublisher; }
  if (ds.filterLanguage) { filters.language = ds.filterLanguage; }
  if (ds.filterDoc) { filters.doc_id = ds.filterDoc; }
  var storeKey = "municipal-assistant:" + base + ":" + JSON.stringify(filters);
  var maxTurns = 6;
  var uid = Math.random().toString(36).slice(2, 8);

  function pickLang() {
    var langs = navigator.languages || [navigator.language || "en"];
    for (var i = 0; i < langs.length; i++) {
      var l = String(langs[i]).slice(0, 2).toLowerCase();
      if (l === "nb" || l === "nn" || l === "da") { l = "no"; }
      if (STRINGS[l]) { return l; }
    }
    return "en";
  }

  function load() {
    try { return JSON.parse(sessionStorage.getItem(storeKey) || "") || { turns: [], open: false }; }
    catch (e) { return { turns: [], open: false }; }
  }
  function save() {
    try { sessionStorage.setItem(storeKey, JSON.stringify(state)); } catch (e) { /* private mode: keep in memory */ }
  }
  var state = load();

  function el(tag, attrs, children) {
    var n = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        if (k === "text") { n.textContent = attrs[k]; }
        else if (k === "cls") { n.className = attrs[k]; }
        else if (k.slice(0, 2) === "on") { n.addEventListener(k.slice(2), attrs[k]); }
        else { n.setAttribute(k, attrs[k]); }
      });
    }
    (children || []).forEach(function (c) { if (c) { n.appendChild(typeof c === "string" ? document.createTextNode(c) : c); } });
    return n;
  }

  var CSS = [
    // Sizes in px, never rem: rem follows the host page's root font size.
    // !important inside the shadow tree beats the host page's !important on the host element.
    // Launcher mode owns its host element; inline mode leaves the host's box to the page.
    mode === "inline" ? ":host{display:block}" : ":host{all:initial!important;display:block!important}",
    "*{box-sizing:border-box}",
    ".launcher,.panel{font:15px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1b1f24;text-align:left;letter-spacing:normal;word-spacing:normal;text-transform:none;white-space:normal;font-style:normal}",
    ".launcher{position:fixed;bottom:20px;right:20px;z-index:2147483000;border:0;border-radius:999px;background:#0b57a4;color:#fff;padding:12px 18px;font-weight:600;cursor:pointer;box-shadow:0 4px 14px rgba(0,0,0,.25)}",
    ".launcher.left{left:20px;right:auto}",
    ".panel{display:flex;flex-direction:column;background:#fff;border:1px solid #c9d1db;border-radius:12px;overflow:hidden}",
    ".floating{position:fixed;bottom:84px;right:20px;z-index:2147483000;width:min(420px,calc(100vw - 16px));height:min(640px,calc(100vh - 110px));box-shadow:0 8px 30px rgba(0,0,0,.25)}",
    ".floating.left{left:20px;right:auto}",
    ".inline{min-height:520px;height:calc(100vh - 140px)}",
    // data-fill: the host gives the height (the chat page: one scroll area, the input always on screen)
    ".inline.fill{min-height:0;height:100%}",
    ".empty{color:#4a5361;font-size:14px}",
    ".empty p{margin:0 0 8px}",
    ".examples{display:flex;flex-wrap:wrap;gap:6px;margin:0;padding:0;list-style:none}",
    ".examples button{background:#fff;border:1px solid #6f88a3;border-radius:999px;padding:4px 10px;font:inherit;font-size:14px;color:#0b57a4;cursor:pointer;text-align:left}",
    "[hidden]{display:none!important}",
    // The title bar is a div, not <header>: a header would add a second banner landmark to the host page.
    ".bar{display:flex;align-items:center;gap:8px;padding:10px 12px;background:#0b57a4;color:#fff}",
    ".bar h2{flex:1;margin:0;font-size:16px}",
    ".bar button{background:transparent;color:#fff;border:1px solid rgba(255,255,255,.7);border-radius:6px;padding:4px 8px;font:inherit;font-size:14px;cursor:pointer}",
    ".log{flex:1;overflow-y:auto;padding:12px;display:flex;flex-direction:column;gap:12px;background:#f7f9fb}",
    ".msg{max-width:100%;padding:10px 12px;border-radius:10px;background:#fff;border:1px solid #dde3ea;overflow-wrap:anywhere}",
    ".msg.user{align-self:flex-end;background:#e6f0fa;border-color:#b9d2ec;max-width:85%}",
    ".who{display:block;font-size:12px;font-weight:700;color:#4a5361;margin-bottom:2px}",
    ".answer p{margin:0 0 6px;white-space:pre-wrap}",
    ".cite{border:0;background:#0b57a4;color:#fff;border-radius:4px;padding:0 5px;margin:0 2px;font:inherit;font-size:13px;font-weight:700;cursor:pointer;vertical-align:baseline}",
    ".notfound{display:inline-block;background:#fff4e5;color:#7a4100;border:1px solid #f0c58a;border-radius:6px;padding:2px 8px;font-weight:600;margin-bottom:6px}",
    ".badge{font-size:12px;margin:4px 0;padding:2px 8px;border-radius:6px;display:inline-block}",
    ".badge.generated{background:#e8f1fb;color:#123f6e;border:1px solid #9cc0e6}",
    ".badge.fallback{background:#f2f2f2;color:#333;border:1px solid #bbb}",
    ".dropped{font-size:13px;color:#444}",
    ".followup,.srclang{font-size:13px;color:#4a5361;margin:0 0 6px}",
    ".nearest{font-size:13px;color:#4a5361}.nearest p{margin:4px 0 2px}.nearest ul{margin:0 0 6px;padding-left:18px}.nearest a{color:#0b57a4}",
    ".linkish{background:none;border:0;padding:0;font:inherit;color:#0b57a4;text-decoration:underline;cursor:pointer}",
    ".sources{margin-top:8px;border-top:1px solid #e3e8ee;padding-top:6px}",
    ".sources h3,.details h3{margin:0 0 4px;font-size:13px;text-transform:uppercase;letter-spacing:.04em;color:#4a5361}",
    ".sources ol{margin:0;padding-left:0;list-style:none}",
    ".src{margin:0 0 4px}",
    ".src>button{display:block;width:100%;text-align:left;background:#f2f5f8;border:1px solid #7d8894;border-radius:6px;padding:4px 8px;font:inherit;font-size:14px;color:#1b1f24;cursor:pointer}",
    ".src>button[aria-expanded=true]{background:#e6f0fa;border-color:#0b57a4}",
    ".passage{margin:4px 0 8px;padding:8px;border-left:3px solid #0b57a4;background:#fbfcfd;font-size:14px}",
    ".passage blockquote{margin:0 0 6px;white-space:pre-wrap}",
    "mark{background:#ffe38a;color:#1b1f24;padding:0 1px}",
    ".meta{font-size:13px;color:#4a5361}",
    ".meta a{color:#0b57a4}",
    ".feedback{display:flex;gap:6px;align-items:center;margin-top:6px;font-size:14px;color:#4a5361}",
    ".feedback button{background:#fff;border:1px solid #7d8894;border-radius:6px;padding:2px 8px;font:inherit;cursor:pointer;white-space:nowrap}",
    ".feedback button[aria-pressed=true]{background:#e6f0fa;border-color:#0b57a4}",
    ".comment{display:flex;flex-wrap:wrap;gap:6px;align-items:center;margin-top:6px;padding:0;border:0;background:none;font-size:13px}",
    ".comment input{flex:1;min-width:140px;padding:4px 6px;border:1px solid #8a96a3;border-radius:6px;font:inherit}",
    ".comment button{border:1px solid #0b57a4;background:#fff;color:#0b57a4;border-radius:6px;padding:2px 10px;font:inherit;cursor:pointer}",
    ".toggle{margin-top:6px;background:none;border:0;color:#0b57a4;text-decoration:underline;font:inherit;font-size:14px;cursor:pointer;padding:0}",
    ".details table{border-collapse:collapse;width:100%;font-size:12px}",
    ".details th,.details td{border:1px solid #dde3ea;padding:2px 4px;text-align:left;vertical-align:top}",
    // Narrow panels (a phone, the 420 px widget): each passage a card, each score named in words.
    "@container panel (max-width:520px){.details thead{display:none}.details table,.details tbody,.details tr,.details td{display:block;width:100%}.details tr{border:1px solid #c9d1db;border-radius:6px;margin:0 0 6px;padding:4px 6px}.details td{border:0;padding:1px 0}.details td::before{content:attr(data-label) ': ';font-weight:600;color:#4a5361}}",
    ".panel{container:panel/inline-size}",
    ".waiting{display:flex;align-items:center;gap:8px}",
    ".spinner{width:16px;height:16px;border:3px solid #c9d1db;border-top-color:#0b57a4;border-radius:50%;animation:spin .8s linear infinite;flex:none}",
    "@keyframes spin{to{transform:rotate(360deg)}}",
    "@media (prefers-reduced-motion:reduce){.spinner{animation-duration:2.4s}}",
    ".error{color:#9b1c1c;background:#fdecec;border-color:#f2b8b8}",
    "form{display:flex;gap:8px;padding:10px;border-top:1px solid #dde3ea;background:#fff}",
    "textarea{flex:1;resize:none;min-height:42px;max-height:120px;padding:8px;border:1px solid #8a96a3;border-radius:8px;font:inherit;color:#1b1f24}",
    "form button{border:0;border-radius:8px;background:#0b57a4;color:#fff;padding:0 16px;font:inherit;font-weight:600;cursor:pointer}",
    "form button:disabled{background:#6b7785;cursor:wait}",
    // Focus rings of at least 3:1 against what surrounds them: dark blue on the white panel, white on the
    // blue header, near-black around the launcher on the host page.
    "button:focus-visible,textarea:focus-visible,a:focus-visible{outline:3px solid #0b57a4;outline-offset:2px}",
    ".bar button:focus-visible{outline-color:#fff}",
    ".launcher:focus-visible{outline-color:#1b1f24}",
    ".sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}",
    "@media (max-width:520px){.floating{left:0;right:0;bottom:0;width:100vw;height:100vh;border-radius:0}.launcher{bottom:12px;right:12px}.msg.user{max-width:95%}}"
  ].join("\n");

  // ------------------------------------------------------------------ mount
  var host;
  if (mode === "inline") {
    host = document.querySelector(ds.target || "");
    if (!host) { host = el("div"); script.parentNode.insertBefore(host, script); }
  } else {
    host = el("div", { "data-municipal-assistant": "" });
    document.body.appendChild(host);
  }
  var root = host.attachShadow({ mode: "open" });
  try {
    var sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    root.adoptedStyleSheets = [sheet];
  } catch (e) {
    root.appendChild(el("style", { text: CSS }));
  }

  var title = ds.title || T.title;
  var log = el("div", { cls: "log", role: "log", "aria-live": "polite", "aria-relevant": "additions" });
  var input = el("textarea", { id: "q-" + uid, rows: "1", placeholder: T.placeholder, maxlength: "2000" });
  var sendBtn = el("button", { type: "submit", text: T.send });
  var form = el("form", { onsubmit: onSubmit }, [el("label", { "for": "q-" + uid, cls: "sr", text: T.question_label }), input, sendBtn]);
  input.addEventListener("keydown", function (e) {
    if (e.key === "Enter" && !e.shiftKey) { e.preventDefault(); form.requestSubmit(); }
  });
  var clearBtn = el("button", { type: "button", text: T.clear, onclick: clearConversation });
  var headerKids = [el("h2", { id: "t-" + uid, text: title }), clearBtn];
  var launcher = null;
  if (mode === "launcher") {
    headerKids.push(el("button", { type: "button", text: T.close, "aria-label": T.close, onclick: function () { setOpen(false); launcher.focus(); } }));
  }
  var panel = el("section", { cls: "panel " + (mode === "inline" ? "inline" + (ds.fill === "true" ? " fill" : "") : "floating" + (ds.position === "left" ? " left" : "")),
                              "aria-labelledby": "t-" + uid, role: mode === "inline" ? "region" : "dialog", lang: lang },
                 [el("div", { cls: "bar" }, headerKids), log, form]);
  if (mode === "launcher") {
    launcher = el("button", { cls: "launcher" + (ds.position === "left" ? " left" : ""), type: "button",
                              "aria-expanded": "false", "aria-controls": "p-" + uid, text: title,
                              "aria-label": T.open + ": " + title,
                              onclick: function () { setOpen(panel.hidden, true); } });
    panel.id = "p-" + uid;
    root.appendChild(launcher);
    panel.addEventListener("keydown", function (e) { if (e.key === "Escape") { setOpen(false); launcher.focus(); } });
  }
  root.appendChild(panel);

  // A link to the host element ("skip to your question") lands in the question box, not on the box around it.
  if (host.id) {
    document.addEventListener("click", function (e) {
      var a = e.target && e.target.closest ? e.target.closest("a[href='#" + host.id + "']") : null;
      if (a) { e.preventDefault(); input.focus(); }
    });
  }

  // The open launcher panel is a dialog: Tab and Shift+Tab cycle inside it (Escape closes it).
  if (mode === "launcher") {
    panel.addEventListener("keydown", function (e) {
      if (e.key !== "Tab") { return; }
      var items = Array.prototype.filter.call(panel.querySelectorAll("button,textarea,a[href],input"),
        function (x) { return !x.disabled && x.offsetParent !== null; });
      if (!items.length) { return; }
      var first = items[0], last = items[items.length - 1], active = root.activeElement;
      if (e.shiftKey && active === first) { e.preventDefault(); last.focus(); }
      else if (!e.shiftKey && active === last) { e.preventDefault(); first.focus(); }
    });
  }

  function setOpen(open, focus) {
    if (mode !== "launcher") { return; }
    panel.hidden = !open;
    launcher.setAttribute("aria-expanded", String(open));
    state.open = open;
    save();
    if (open && focus) { input.focus(); }
  }

  // ------------------------------------------------------------------ rendering
  function renderUser(q) {
    log.appendChild(el("div", { cls: "msg user" }, [el("span", { cls: "who", text: T.you }), el("span", { text: q })]));
  }

  // E-mail addresses and phone numbers become links (mailto:, tel:); everything else stays text.
  var CONTACT_RE = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:\+|\b0)\d[\d ()\/-]{5,}\d/g;
  function linked(text) {
    var out = [], last = 0, m;
    CONTACT_RE.lastIndex = 0;
    while ((m = CONTACT_RE.exec(text)) !== null) {
      var v = m[0], digits = v.replace(/[^\d+]/g, "");
      var mail = v.indexOf("@") > 0;
      if (!mail && digits.replace("+", "").length < 7) { continue; }
      if (m.index > last) { out.push(document.createTextNode(text.slice(last, m.index))); }
      out.push(el("a", { href: (mail ? "mailto:" : "tel:") + (mail ? v : digits), text: v }));
      last = m.index + v.length;
    }
    if (last < text.length) { out.push(document.createTextNode(text.slice(last))); }
    return out;
  }

  function answerParagraphs(text, onCite) {
    var box = el("div", { cls: "answer" });
    String(text).split("\n").forEach(function (line) {
      var p = el("p");
      var re = /\[(\d+)\]/g, last = 0, m;
      while ((m = re.exec(line)) !== null) {
        if (m.index > last) { linked(line.slice(last, m.index)).forEach(function (x) { p.appendChild(x); }); }
        var n = Number(m[1]);
        p.appendChild(el("button", { type: "button", cls: "cite", "data-n": String(n), "aria-label": T.citation + " " + n,
                                     text: "[" + n + "]", onclick: function () { onCite(n); } }));
        last = re.lastIndex;
      }
      if (last < line.length) { linked(line.slice(last)).forEach(function (x) { p.appendChild(x); }); }
      box.appendChild(p);
    });
    return box;
  }

  // Where a passage stands: its title, and its section when that is not the title (a page without headings).
  function placeName(x) {
    return (x.title || x.doc_id) + (x.section && x.section !== x.title ? " › " + x.section : "");
  }

  // A document's cleaned text on this server ("?start=…&end=…" marks a quote in it).
  function documentHref(docId, query) {
    return base + "/documents/" + encodeURIComponent(docId) + "?" + query + (query ? "&" : "") + "lang=" + lang;
  }

  function passageView(c) {
    var text = String(c.text || "");
    var ranges = (c.quotes && c.quotes.length ? c.quotes : [[c.quote_start, c.quote_end]]).map(function (q) {
      var a = Math.max(0, Math.min(text.length, (q[0] || 0) - (c.start || 0)));
      return [a, Math.max(a, Math.min(text.length, (q[1] || 0) - (c.start || 0)))];
    }).sort(function (x, y) { return x[0] - y[0]; });
    var parts = [], pos = 0;
    ranges.forEach(function (r) {
      if (r[0] < pos) { return; }
      parts.push.apply(parts, linked(text.slice(pos, r[0])));
      parts.push(el("mark", null, linked(text.slice(r[0], r[1]))));
      pos = r[1];
    });
    parts.push.apply(parts, linked(text.slice(pos)));
    var quote = el("blockquote", null, parts);
    var meta = el("div", { cls: "meta" }, [
      T.section + ": " + (c.section || "–") + (c.page ? " · " + T.page + " " + c.page : "") + " · " + T.publisher + ": " + (c.publisher || "–") + " · " + T.language + ": " + (c.language || "–")
    ]);
    if (/^https?:\/\//i.test(c.url || "")) {
      meta.appendChild(document.createTextNode(" · "));
      meta.appendChild(el("a", { href: c.url, target: "_blank", rel: "noopener noreferrer", text: T.open_source }));
    }
    // The cleaned text of the whole document on this server, the quote highlighted: context for any page.
    var qs = (c.quotes && c.quotes.length ? c.quotes[0] : [c.quote_start, c.quote_end]);
    meta.appendChild(document.createTextNode(" · "));
    meta.appendChild(el("a", { href: documentHref(c.doc_id, "start=" + (qs[0] || 0) + "&end=" + (qs[1] || 0)) + "#quote",
                               target: "_blank", rel: "noopener", text: T.whole_document }));
    return el("div", { cls: "passage" }, [quote, meta]);
  }

  function languageName(code) {
    try { return new Intl.DisplayNames([lang], { type: "language" }).of(code === "no" ? "nb" : code) || code; }
    catch (e) { return code; }
  }

  function renderAnswer(msg, data, question, turn) {
    msg.textContent = "";
    msg.appendChild(el("span", { cls: "who", text: T.assistant }));
    if (data.follow_up_of) {
      // Read as a follow-up: say of what, and offer the same question over all documents.
      msg.appendChild(el("p", { cls: "followup" }, [
        el("span", { text: T.following_up + ": \u201c" + data.follow_up_of + "\u201d " }),
        el("button", { type: "button", cls: "linkish", text: T.search_all,
                       onclick: function () { send(question, true); } })]));
    }
    if (data.read_as) {
      // Words of the question were read as the documents' words a typo away: say how, and offer it as typed.
      msg.appendChild(el("p", { cls: "followup" }, [
        el("span", { text: T.read_as + ": \u201c" + data.read_as + "\u201d " }),
        el("button", { type: "button", cls: "linkish", text: T.search_as_typed,
                       onclick: function () { send(question, false, true); } })]));
    }
    if (!data.found) { msg.appendChild(el("div", { cls: "notfound", role: "status", text: T.not_found })); }
    var toggles = {};
    function expand(n) {
      var t = toggles[n];
      if (!t) { return; }
      if (t.btn.getAttribute("aria-expanded") !== "true") { t.btn.click(); }
      t.btn.focus();
      var mark = t.body.querySelector("mark");
      if (mark && mark.scrollIntoView) { mark.scrollIntoView({ block: "nearest" }); }
    }
    msg.appendChild(answerParagraphs(data.answer, expand));
    // Not answered: the pages that came closest, to look in (they did not answer, so no quotes).
    if (!data.found && data.nearest && data.nearest.length) {
      var near = el("ul");
      data.nearest.forEach(function (d) {
        near.appendChild(el("li", null, [el("a", { href: documentHref(d.doc_id, ""), target: "_blank", rel: "noopener",
                                                   text: d.title || d.doc_id })]));
      });
      msg.appendChild(el("div", { cls: "nearest" }, [el("p", { text: T.nearest }), near]));
    }
    // Quoted from pages in another language than the question's: say which, so the reader is not surprised.
    var cits = data.citations || [];
    var codes = cits.map(function (c) { return c.language || ""; })
      .filter(function (v, i, a) { return v && a.indexOf(v) === i; });
    if (data.found && cits.length && cits.every(function (c) { return c.language && c.language !== data.language; })) {
      msg.appendChild(el("p", { cls: "srclang", text: T.quoted_from + " " + codes.map(languageName).join(", ") }));
    }
    if (data.generator === "llm") {
      msg.appendChild(el("p", { cls: "badge generated", text: T.generated + (data.dropped ? " · " + data.dropped + " " + T.dropped : "") }));
    } else if (data.fallback) {
      msg.appendChild(el("p", { cls: "badge fallback", text: T.quoted_fallback }));
    }
    if (data.citations && data.citations.length) {
      var list = el("ol");
      data.citations.forEach(function (c) {
        var pid = "c-" + uid + "-" + Math.random().toString(36).slice(2, 8);
        var body = passageView(c);
        body.id = pid;
        body.hidden = true;
        var label = "[" + c.n + "] " + placeName(c);
        var btn = el("button", { type: "button", "aria-expanded": "false", "aria-controls": pid, text: label,
                                 onclick: function () {
                                   var open = btn.getAttribute("aria-expanded") !== "true";
                                   btn.setAttribute("aria-expanded", String(open));
                                   body.hidden = !open;
                                 } });
        toggles[c.n] = { btn: btn, body: body };
        list.appendChild(el("li", { cls: "src", "data-n": String(c.n) }, [btn, body]));
      });
      msg.appendChild(el("div", { cls: "sources" }, [el("h3", { text: T.sources }), list]));
    }
    if (showDetails && data.passages && data.passages.length) { msg.appendChild(detailsView(data.passages, data.dropped_sentences || [])); }
    if (data.answer_id) { msg.appendChild(feedbackView(data.answer_id, turn || {})); }
  }

  function detailsView(passages, dropped) {
    var fmt = function (v) { return v === null || v === undefined ? "–" : Number(v).toFixed(3); };
    var rows = passages.map(function (p) {
      return el("tr", null, [el("td", { "data-label": "#", text: String(p.rank) }),
        el("td", { "data-label": T.section, text: placeName(p) }),
        el("td", { "data-label": T.keyword, text: fmt(p.scores.keyword) }), el("td", { "data-label": T.dense, text: fmt(p.scores.dense) }),
        el("td", { "data-label": T.fused, text: fmt(p.scores.fused) }), el("td", { "data-label": T.rerank, text: fmt(p.scores.rerank) })]);
    });
    var head = el("tr", null, ["#", T.section, T.keyword, T.dense, T.fused, T.rerank].map(function (h) { return el("th", { scope: "col", text: h }); }));
    var parts = [el("h3", { text: T.details }), el("table", null, [el("thead", null, [head]), el("tbody", null, rows)])];
    if (dropped.length) {  // unverified sentences: plain text, struck through, links already masked by the server
      parts.push(el("h3", { text: T.dropped_title }), el("ul", { cls: "dropped" }, dropped.map(function (d) {
        return el("li", null, [el("s", { text: d.text }), " — " + d.reason]);
      })));
    }
    var box = el("div", { cls: "details", hidden: "" }, parts);
    var btn = el("button", { type: "button", cls: "toggle", "aria-expanded": "false", text: T.details,
                             onclick: function () {
                               var open = box.hidden;
                               box.hidden = !open;
                               btn.setAttribute("aria-expanded", String(open));
                             } });
    return el("div", null, [btn, box]);
  }

  // One vote per answer, changeable and remembered with the conversation (turn.vote); "thanks" once a comment
  // is sent; a vote the server did not take does not stay pressed.
  function feedbackView(answerId, turn) {
    var status = el("span", { role: "status" });
    var up, down;
    var cid = "fc-" + uid + "-" + Math.random().toString(36).slice(2, 8);
    var comment = el("input", { id: cid, type: "text", maxlength: "2000" });
    var commentForm = el("form", { cls: "comment", hidden: "", onsubmit: function (e) {
      e.preventDefault();
      var text = comment.value.trim();
      if (!text || !turn.vote) { return; }
      api("/api/feedback", { answer_id: answerId, rating: turn.vote, comment: text })
        .then(function () { status.textContent = T.thanks; commentForm.hidden = true; turn.commented = true; save(); })
        .catch(function (err) { status.textContent = err.message; });
    } }, [el("label", { "for": cid, text: T.comment }), comment, el("button", { type: "submit", text: T.send_comment })]);
    function show(vote) {
      up.setAttribute("aria-pressed", String(vote === "up"));
      down.setAttribute("aria-pressed", String(vote === "down"));
    }
    function vote(r) {
      var before = turn.vote || null;
      show(r);
      status.textContent = "";
      api("/api/feedback", { answer_id: answerId, rating: r, comment: "" })
        .then(function () { turn.vote = r; save(); commentForm.hidden = !!turn.commented; })
        .catch(function (e) { show(before); status.textContent = e.message; });
    }
    up = el("button", { type: "button", "aria-pressed": "false", "aria-label": T.helpful, title: T.helpful, text: "✓ " + T.helpful, onclick: function () { vote("up"); } });
    down = el("button", { type: "button", "aria-pressed": "false", "aria-label": T.not_helpful, title: T.not_helpful, text: "✗ " + T.not_helpful, onclick: function () { vote("down"); } });
    show(turn.vote || null);
    if (turn.commented) { status.textContent = T.thanks; }
    return el("div", null, [el("div", { cls: "feedback" }, [up, down, status]), commentForm]);
  }

  // Before the first question: what to ask and what the documents cover.
  function emptyState() {
    var box = el("div", { cls: "empty" }, [el("p", { text: T.empty_intro })]);
    var covers = el("p", { cls: "covers" });
    var list = el("ul", { cls: "examples", "aria-label": T.examples_label });
    box.appendChild(covers);
    box.appendChild(list);
    function examples(items) {
      list.textContent = "";
      items.slice(0, 4).forEach(function (q) {
        list.appendChild(el("li", null, [el("button", { type: "button", text: q, onclick: function () { send(q, false); } })]));
      });
    }
    examples(String(T.examples || "").split("|").filter(Boolean));
    getJSON("/api/overview").then(function (o) {
      if (o.examples && o.examples.length) { examples(o.examples); }
      var langs = Object.keys(o.languages || {}).map(languageName);
      var who = (o.publishers || []).join(", ") + (o.more_publishers ? " +" + o.more_publishers : "");
      var when = new Date(o.updated * 1000);
      covers.textContent = o.documents + " " + T.covers_documents + (who ? " " + T.covers_from + " " + who : "") +
        (langs.length ? " · " + langs.join(", ") : "") + " · " + T.covers_updated + " " + when.toLocaleDateString(lang);
    }).catch(function () { covers.textContent = ""; });
    return box;
  }

  function renderTurns() {
    log.textContent = "";
    if (!state.turns.length) { log.appendChild(emptyState()); }
    state.turns.forEach(function (t) {
      renderUser(t.question);
      var msg = el("div", { cls: "msg" });
      log.appendChild(msg);
      if (t.error) { msg.className = "msg error"; msg.textContent = t.error; }
      else { renderAnswer(msg, t.data, t.question, t); }
    });
    log.scrollTop = log.scrollHeight;
  }

  // ------------------------------------------------------------------ network
  // Errors staff can act on, in their language. The server's own message (paths, admin commands) goes to the
  // console for whoever debugs the page, not into the chat; a 4xx about the question itself is shown as is.
  function errorFrom(resp) {
    function kind(message) {
      var e = new Error(message);
      e.status = resp.status;
      if (resp.status === 503) { e.message = T.error_not_ready; }
      else if (resp.status === 429) { e.message = T.error_busy; }
      else if (resp.status === 401 || resp.status === 403) { e.message = T.error_signin; }
      else if (resp.status >= 500) { e.message = T.error_server; }
      if (e.message !== message && window.console) { console.warn("assistant:", resp.status, message); }
      return e;
    }
    return resp.json().then(function (b) { return kind((b && b.message) || T.error_server); },
                            function () { return kind(T.error_server); });
  }

  // fetch() rejects alike for a server that is down and for a page the server's CORS setting does not admit;
  // an opaque probe tells them apart (it resolves when the server answers at all).
  function networkError() {
    return fetch(base + "/healthz", { mode: "no-cors", cache: "no-store" }).then(
      function () { return new Error(T.error_refused); }, function () { return new Error(T.error_network); });
  }

  function getJSON(path) {
    return fetch(base + path, { credentials: "same-origin", mode: "cors" }).then(function (resp) {
      if (!resp.ok) { throw new Error(String(resp.status)); }
      return resp.json();
    });
  }

  function api(path, body) {
    return fetch(base + path, {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body),
      credentials: "same-origin", mode: "cors"
    }).catch(function () { return networkError().then(function (e) { throw e; }); }).then(function (resp) {
      if (!resp.ok) { return errorFrom(resp).then(function (e) { throw e; }); }
      return resp.json();
    });
  }

  function askStream(body, controller, onEvent) {
    return fetch(base + "/api/ask/stream", {
      method: "POST", headers: { "Content-Type": "application/json", "Accept": "text/event-stream" },
      body: JSON.stringify(body), credentials: "same-origin", mode: "cors",
      signal: controller ? controller.signal : undefined
    }).catch(function (e) {
      if (e && e.name === "AbortError") { throw e; }
      return networkError().then(function (err) { throw err; });
    }).then(function (resp) {
      if (!resp.ok) { return errorFrom(resp).then(function (e) { throw e; }); }
      var reader = resp.body.getReader(), decoder = new TextDecoder(), buf = "";
      function pump() {
        return reader.read().then(function (r) {
          buf += decoder.decode(r.value || new Uint8Array(), { stream: !r.done });
          var parts = buf.split("\n\n");
          buf = parts.pop();
          parts.forEach(function (block) {
            var ev = "message", data = [];
            block.split("\n").forEach(function (line) {
              if (line.indexOf("event: ") === 0) { ev = line.slice(7); }
              else if (line.indexOf("data: ") === 0) { data.push(line.slice(6)); }
            });
            if (data.length) { onEvent(ev, JSON.parse(data.join("\n"))); }
          });
          if (!r.done) { return pump(); }
        });
      }
      return pump();
    });
  }

  function history() {
    return state.turns.filter(function (t) { return t.data; }).slice(-maxTurns).map(function (t) {
      var seen = {};
      var sources = (t.data.citations || []).map(function (c) { return c.doc_id; }).filter(function (d) {
        if (seen[d]) { return false; } seen[d] = true; return true;
      });
      return { question: t.question, answer: String(t.data.answer).slice(0, 4000), sources: sources.slice(0, 10) };
    });
  }

  function onSubmit(e) {
    e.preventDefault();
    var q = input.value.trim();
    if (!q || sendBtn.disabled) { return; }
    input.value = "";
    send(q, false);
  }

  // alone: without the conversation, so the question is searched over all documents; asTyped: no word read as another
  function send(q, alone, asTyped) {
    if (sendBtn.disabled) { return; }
    sendBtn.disabled = true;
    var empty = log.querySelector(".empty");
    if (empty) { empty.remove(); }
    renderUser(q);
    var controller = window.AbortController ? new AbortController() : null;
    var cancelled = false;
    var cancelBtn = el("button", { type: "button", cls: "linkish", text: T.cancel, onclick: function () {
      cancelled = true;
      if (controller) { controller.abort(); }
    } });
    var status = el("span", { cls: "status", text: T.thinking });
    var msg = el("div", { cls: "msg", "aria-busy": "true" }, [el("span", { cls: "who", text: T.assistant }),
      el("div", { cls: "waiting" }, [el("span", { cls: "spinner", "aria-hidden": "true" }), status, cancelBtn])]);
    log.appendChild(msg);
    log.scrollTop = log.scrollHeight;
    var body = { question: q, history: alone ? [] : history(), details: showDetails };
    if (asTyped) { body.as_typed = true; }
    if (Object.keys(filters).length) { body.filters = filters; }
    var text = "", started = false, final = null, failed = false;
    askStream(body, controller, function (ev, data) {
      if (ev === "meta") {  // retrieval is done: say what is being read while the answer is written
        var titles = (data.sources || []).slice(0, 3).map(function (s) { return s.title; }).filter(Boolean);
        if (titles.length && !started) { status.textContent = T.reading.replace("{sources}", titles.join(", ")); }
      } else if (ev === "delta") {
        if (!started) { msg.textContent = ""; msg.appendChild(el("span", { cls: "who", text: T.assistant })); started = msg.appendChild(el("p")); }
        text += data.text;
        started.textContent = text;
      } else if (ev === "done") {
        final = data;
      }
    }).then(function () {
      if (!final) { throw new Error(T.error_server); }
      msg.removeAttribute("aria-busy");
      var turn = { question: q, data: final };
      renderAnswer(msg, final, q, turn);
      state.turns.push(turn);
    }).catch(function (err) {
      msg.removeAttribute("aria-busy");
      if (cancelled) {  // stopped by the user: no error, the question back in the box to edit or send again
        msg.remove();
        var mine = log.querySelectorAll(".msg.user");
        if (mine.length) { mine[mine.length - 1].remove(); }
        if (!input.value.trim()) { input.value = q; }
        failed = true;
        return;
      }
      msg.className = "msg error";
      msg.setAttribute("role", "alert");
      msg.textContent = "";
      msg.appendChild(el("span", { text: (err && err.message) || T.error_server }));
      // The question is not lost: back in the box (unless something new was typed) and one click to retry.
      if (!input.value.trim()) { input.value = q; }
      msg.appendChild(el("button", { type: "button", cls: "linkish retry", text: T.retry, onclick: function () {
        if (input.value.trim() === q) { input.value = ""; }
        msg.remove();
        send(q, alone);
      } }));
      failed = true;
    }).then(function () {
      state.turns = state.turns.slice(-20);
      if (!failed) { save(); }  // a failed question is not kept in the conversation: it is back in the box
      sendBtn.disabled = false;
      log.scrollTop = log.scrollHeight;
      input.focus();
    });
  }

  function clearConversation() {
    state.turns = [];
    save();
    renderTurns();
    input.focus();
  }

  renderTurns();
  if (mode === "launcher") { setOpen(!!state.open || ds.open === "true"); }
})();
