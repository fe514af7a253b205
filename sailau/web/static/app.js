/* The what-if Mini App: controls -> GET api/seats -> the hemicycle and the table.
 *
 * Works as a plain page in any browser. Inside Telegram it also loads Telegram's script (an
 * optional enhancement: the page carries on if it fails), follows the theme, and offers
 * "send to chat" with the launch data (initData) for the server to check.
 *
 * Seats come from GET api/scenarios (every scenario the sliders reach at the official seat
 * counts, loaded once after the first drawing) or, for anything else, GET api/seats, one
 * request at a time, the latest winning. docs/miniapp.md says why.
 *
 * The body says what the page shows, for people and tests: data-state is loading, ready or
 * error; data-query the API query of what is drawn; data-preloaded is set once the scenarios
 * are in. */
"use strict";

(() => {
  const LANGS = ["kk", "ru", "en"];
  const FIELDS = ["election", "method", "threshold", "threshold_base", "seats"];
  const TELEGRAM_SCRIPT = "https://telegram.org/js/telegram-web-app.js";
  const SLOW_MS = 400; // say "Calculating…" only when an answer takes longer than this
  const body = document.body;
  const api = {
    meta: body.dataset.meta,
    seats: body.dataset.seats,
    scenarios: body.dataset.scenarios,
    send: body.dataset.send,
  };
  const $ = (id) => document.getElementById(id);
  const controls = Object.fromEntries(FIELDS.map((name) => [name, $(name)]));

  const metas = new Map(); // lang -> page data (GET api/meta)
  const results = new Map(); // query -> {ok, data}
  let meta = null;
  let shown = null; // the last result drawn, redrawn when the language changes
  let busy = false;
  let again = false;

  // --- Telegram, when the page was opened from it ---------------------------------------------

  function storedLaunch() {
    try {
      return JSON.parse(sessionStorage.getItem("__telegram__initParams") || "{}") || {};
    } catch {
      return {};
    }
  }

  const launch = (() => {
    const hash = Object.fromEntries(new URLSearchParams(location.hash.slice(1)));
    const params = { ...storedLaunch(), ...hash };
    const initData = params.tgWebAppData || "";
    let theme = {};
    let user = {};
    try {
      theme = JSON.parse(params.tgWebAppThemeParams || "{}");
      user = JSON.parse(new URLSearchParams(initData).get("user") || "{}");
    } catch {
      // malformed launch parameters: no theme, no language from Telegram
    }
    const inTelegram = Boolean(initData || params.tgWebAppVersion || window.TelegramWebviewProxy);
    return { initData, theme, user, inTelegram };
  })();

  /* Telegram's colours as --tg-theme-* variables (what its script does), and a light or dark
   * colour scheme for the browser's own controls to match the background. */
  function applyTheme(theme) {
    const root = document.documentElement;
    for (const [key, value] of Object.entries(theme || {})) {
      if (/^#[0-9a-f]{6}$/i.test(value)) root.style.setProperty(`--tg-theme-${key.replace(/_/g, "-")}`, value);
    }
    const bg = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec((theme || {}).bg_color || "");
    if (bg) {
      const [r, g, b] = bg.slice(1).map((hex) => parseInt(hex, 16));
      root.style.colorScheme = 0.299 * r + 0.587 * g + 0.114 * b < 128 ? "dark" : "light";
    }
  }

  function loadTelegram() {
    if (!launch.inTelegram) return Promise.resolve(null);
    return new Promise((resolve) => {
      const script = document.createElement("script");
      script.src = TELEGRAM_SCRIPT;
      script.async = true;
      script.onload = () => resolve((window.Telegram && window.Telegram.WebApp) || null);
      script.onerror = () => resolve(null);
      document.head.appendChild(script);
    });
  }

  function useTelegram(webApp) {
    if (!webApp) return;
    webApp.ready();
    webApp.expand();
    applyTheme(webApp.themeParams);
    webApp.onEvent("themeChanged", () => applyTheme(webApp.themeParams));
    if (webApp.initData) launch.initData = webApp.initData;
    launch.webApp = webApp;
    showShare();
  }

  // --- words and numbers -----------------------------------------------------------------------

  const label = (key) => (meta && meta.labels[key]) || "";
  const fill = (text, values) => text.replace(/\{(\w+)\}/g, (_, name) => values[name] ?? "");
  const capital = (text) => text.charAt(0).toLocaleUpperCase(meta.lang) + text.slice(1);

  function integer(n) {
    const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, meta.format.group);
    return (n < 0 ? "-" : "") + digits;
  }

  function decimal(text) {
    const [whole, fraction] = String(text).split(".");
    return integer(Number(whole)) + (fraction ? meta.format.decimal + fraction : "");
  }

  const percent = (text) => fill(meta.format.percent, { value: decimal(text) });
  const signed = (n) => (n > 0 ? "+" : "") + integer(n);

  function chooseLang() {
    const asked = new URLSearchParams(location.search).get("lang");
    let stored = null;
    try {
      stored = localStorage.getItem("sailau.lang");
    } catch {
      // storage may be off: the choice then lasts for this page only
    }
    const wanted = [asked, stored, launch.user.language_code, ...(navigator.languages || [])];
    for (const code of wanted) {
      const base = String(code || "").toLowerCase().split("-")[0];
      if (LANGS.includes(base)) return base;
    }
    return "en";
  }

  // --- the page's data -------------------------------------------------------------------------

  async function getJSON(url) {
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    return { ok: response.ok, status: response.status, data: await response.json() };
  }

  async function loadMeta(lang) {
    if (!metas.has(lang)) {
      const { ok, data } = await getJSON(`${api.meta}?lang=${lang}`);
      if (!ok) throw new Error(data.error);
      metas.set(lang, data);
    }
    return metas.get(lang);
  }

  const election = () => meta.elections.find((e) => e.id === controls.election.value);
  const own = (e) => ({
    election: e.id, method: e.method, threshold: e.threshold,
    threshold_base: e.threshold_base, seats: String(e.seats),
  });

  function state() {
    return Object.fromEntries(FIELDS.map((name) => [name, controls[name].value]));
  }

  const query = () => new URLSearchParams(state()).toString();

  // --- controls --------------------------------------------------------------------------------

  function options(select, items, text) {
    const value = select.value;
    select.replaceChildren(...items.map((item) => new Option(text(item), item.id)));
    if (value) select.value = value;
  }

  function relabel() {
    document.documentElement.lang = meta.lang;
    document.title = label("title");
    for (const node of document.querySelectorAll("[data-label]")) {
      node.textContent = label(node.dataset.label);
    }
    for (const node of document.querySelectorAll("[data-title]")) {
      node.title = label(node.dataset.title);
      node.setAttribute("aria-label", label(node.dataset.title));
    }
    options(controls.election, meta.elections, (e) => String(e.year));
    options(controls.method, meta.methods, (m) => capital(m.name));
    options(controls.threshold_base, meta.bases, (b) => b.name);
    for (const button of $("langs").querySelectorAll("button")) {
      button.setAttribute("aria-pressed", String(button.value === meta.lang));
    }
    describe();
  }

  function languageButtons() {
    const group = $("langs");
    for (const { id, name } of meta.langs) {
      const button = document.createElement("button");
      button.type = "button";
      button.value = id;
      button.lang = id;
      button.textContent = id.toUpperCase();
      button.title = name;
      button.setAttribute("aria-label", name);
      button.addEventListener("click", () => switchLang(id));
      group.appendChild(button);
    }
  }

  /* The words next to the sliders, and the seats hint. */
  function describe() {
    const pct = percent(controls.threshold.value);
    $("threshold-out").value = pct;
    controls.threshold.setAttribute("aria-valuetext", pct);
    $("seats-out").value = integer(Number(controls.seats.value));
    $("election-date").textContent = election().date;
    $("seats-hint").textContent = fill(label("seats_hint"), { seats: integer(election().seats) });
  }

  function set(values) {
    for (const [name, value] of Object.entries(values)) controls[name].value = value;
  }

  /* A new election: whatever still had the old election's own value takes the new one's. */
  function electionChanged(previous) {
    const before = own(previous);
    const after = own(election());
    for (const name of FIELDS.slice(1)) {
      if (controls[name].value === before[name]) controls[name].value = after[name];
    }
  }

  function fromAddress() {
    const asked = new URLSearchParams(location.search);
    const start = meta.elections.find((e) => e.id === asked.get("election"))
      || meta.elections.find((e) => e.id === meta.default_election);
    set(own(start));
    for (const name of FIELDS.slice(1)) {
      if (asked.has(name)) controls[name].value = asked.get(name);
    }
    if (!controls.method.value) controls.method.value = start.method;
    if (!controls.threshold_base.value) controls.threshold_base.value = start.threshold_base;
  }

  function toAddress() {
    const params = new URLSearchParams(state());
    params.set("lang", meta.lang);
    history.replaceState(null, "", `?${params}${location.hash}`);
  }

  // --- seats -----------------------------------------------------------------------------------

  /* Ask for the seats of what the controls say: one request at a time, the latest wins. */
  async function update() {
    describe();
    toAddress();
    const key = query();
    if (results.has(key)) {
      show(key, results.get(key));
      return;
    }
    if (busy) {
      again = true;
      return;
    }
    busy = true;
    body.dataset.state = "loading";
    const slow = setTimeout(() => { $("status").textContent = label("loading"); }, SLOW_MS);
    try {
      const result = await getJSON(`${api.seats}?${key}`);
      if (result.ok || result.status === 422) results.set(key, result);
      if (key === query()) show(key, result);
      else again = true;
    } catch {
      failed(key);
    } finally {
      clearTimeout(slow);
      busy = false;
      if (again) {
        again = false;
        update();
      }
    }
  }

  /* Every scenario the sliders reach, answered, into the results: then they move offline. */
  async function preload() {
    try {
      const { ok, data } = await getJSON(api.scenarios);
      if (!ok) return;
      for (const { params, status, body: answer } of data.scenarios) {
        const key = new URLSearchParams(data.fields.map((name) => [name, params[name]])).toString();
        if (!results.has(key)) results.set(key, { ok: status === 200, status, data: answer });
      }
      body.dataset.preloaded = "true";
    } catch {
      // api/seats answers each scenario instead
    }
  }

  function failed(key) {
    body.dataset.query = key;
    body.dataset.state = "error";
    $("status").textContent = label("offline");
  }

  function show(key, result) {
    shown = { key, result };
    body.dataset.query = key;
    if (!result.ok) {
      const code = result.data.code;
      const words = { no_party_passes: "no_party_passes", cannot_allocate: "cannot" }[code];
      $("status").textContent = words ? label(words) : result.data.error;
      Hemicycle.draw($("hemicycle"), [], "0");
      table(null);
      body.dataset.state = "error";
      showShare();
      return;
    }
    const data = result.data;
    const e = election();
    const tied = data.ties.reduce((n, t) => n + t.seats, 0);
    const groups = e.parties.map((p) => ({ id: p.id, seats: data.seats[p.id] || 0, colour: p.colour }));
    if (tied) groups.push({ id: "tie", seats: tied, hollow: true });
    Hemicycle.draw($("hemicycle"), groups, integer(data.seats_total));
    const winners = e.parties.filter((p) => data.seats[p.id] > 0);
    const summary = winners.map((p) => `${p.name} ${integer(data.seats[p.id])}`).join(", ");
    $("hemicycle").setAttribute("aria-label", fill(label("chamber"), { summary }));
    $("summary").textContent = summary;
    const same = data.official && !data.ties.length
      && e.parties.every((p) => data.seats[p.id] === data.official[p.id]);
    $("status").textContent = label(same ? "same" : "differs");
    table(data);
    const name = (id) => (e.parties.find((p) => p.id === id) || { name: id }).name;
    const notes = data.ties.map((t) => fill(label("tied"), {
      seats: integer(t.seats), parties: t.parties.map(name).join(", "),
    }));
    notes.push(fill(label("gallagher"), { value: decimal(Number(data.gallagher).toFixed(2)) }));
    $("notes").textContent = notes.join(" ");
    body.dataset.state = "ready";
    showShare();
  }

  function cell(tag, text, className) {
    const node = document.createElement(tag);
    node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  /* One row per party, votes first; seats blank when there is no allocation. */
  function table(data) {
    const e = election();
    const rows = e.parties.map((p) => {
      const row = document.createElement("tr");
      row.dataset.party = p.id;
      const head = cell("th", "");
      head.scope = "row";
      const swatch = cell("span", "", "swatch");
      swatch.style.background = p.colour;
      head.append(swatch, cell("span", p.name, "name"));
      const seats = data ? data.seats[p.id] : null;
      if (data && data.excluded.includes(p.id)) {
        row.className = "out";
        head.append(cell("small", label("below")));
      } else if (data && data.admitted.includes(p.id)) {
        head.append(cell("small", label("admitted")));
      }
      const official = data && data.official ? data.official[p.id] : null;
      const seatCell = cell("td", seats == null ? "—" : integer(seats), "num seats");
      if (seats != null) seatCell.dataset.seats = String(seats);
      const change = seats != null && official != null ? seats - official : null;
      row.append(
        head,
        cell("td", p.percent, "num"),
        seatCell,
        cell("td", official == null ? "—" : integer(official), "num"),
        cell("td", change == null ? "—" : signed(change), `num change${change > 0 ? " up" : change < 0 ? " down" : ""}`),
      );
      return row;
    });
    $("rows").replaceChildren(...rows);
    $("sources").textContent = e.sources;
  }

  // --- send to chat ----------------------------------------------------------------------------

  function showShare() {
    const available = Boolean(meta && meta.send && launch.initData);
    $("share").hidden = !available;
    if (!available) return;
    const official = String(election().seats);
    const drawable = controls.seats.value === official && body.dataset.state === "ready";
    $("send").disabled = !drawable;
    $("send-status").textContent = controls.seats.value === official
      ? "" : fill(label("send_seats"), { seats: integer(Number(official)) });
  }

  async function send() {
    const status = $("send-status");
    $("send").disabled = true;
    status.textContent = label("sending");
    try {
      const response = await fetch(api.send, {
        method: "POST",
        headers: { "Content-Type": "application/json", Authorization: `tma ${launch.initData}` },
        body: JSON.stringify({ ...state(), seats: Number(controls.seats.value), lang: meta.lang }),
      });
      const data = await response.json();
      status.textContent = response.ok ? label("sent") : fill(label("send_failed"), { reason: data.error });
      const haptic = launch.webApp && launch.webApp.HapticFeedback;
      if (haptic) haptic.notificationOccurred(response.ok ? "success" : "error");
    } catch {
      status.textContent = label("offline");
    } finally {
      $("send").disabled = false;
    }
  }

  // --- start -----------------------------------------------------------------------------------

  async function switchLang(lang) {
    meta = await loadMeta(lang);
    try {
      localStorage.setItem("sailau.lang", lang);
    } catch {
      // see chooseLang
    }
    relabel();
    toAddress();
    if (shown) show(shown.key, shown.result);
  }

  async function start() {
    applyTheme(launch.theme);
    loadTelegram().then(useTelegram);
    try {
      meta = await loadMeta(chooseLang());
    } catch {
      body.dataset.state = "error";
      return;
    }
    languageButtons();
    relabel();
    for (const name of ["threshold", "seats"]) Object.assign(controls[name], meta.controls[name]);
    fromAddress();
    for (const name of ["method", "threshold_base"]) controls[name].addEventListener("change", update);
    for (const name of ["threshold", "seats"]) controls[name].addEventListener("input", update);
    let previous = election();
    controls.election.addEventListener("change", () => {
      electionChanged(previous);
      previous = election();
      update();
    });
    $("reset").addEventListener("click", () => {
      set(own(election()));
      update();
    });
    $("send").addEventListener("click", send);
    $("controls").addEventListener("submit", (event) => event.preventDefault());
    $("app").hidden = false;
    await update();
    preload();
  }

  start();
})();
