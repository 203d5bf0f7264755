// The Outlook task pane: reads the open email whole (getAsFileAsync, Mailbox 1.14), asks the intake for a draft, lets the
// worker correct it and creates the case through the ordinary API with the email's id as intakeKey. Rules live in the
// host; this page only carries the email and the worker's answers. Everything taken from the email is shown as text
// (textContent), never as HTML.
"use strict";

const KINDS = [
  ["statutoryComplaint", "Statutory complaint"],
  ["corporateComplaint", "Corporate complaint"],
  ["informalRepresentation", "Informal representation"],
  ["memberEnquiry", "Member enquiry (MP, MEP or councillor)"],
  ["ombudsmanEnquiry", "Ombudsman enquiry"],
  ["compliment", "Compliment"],
  ["comment", "Comment"],
  ["notACase", "Not a case"],
];
const RELATIONSHIPS = [
  ["parent", "Parent"], ["grandparent", "Grandparent"], ["relative", "Relative"], ["childOrYoungPerson", "Child or young person"],
  ["fosterCarer", "Foster carer"], ["specialGuardian", "Special guardian"], ["advocate", "Advocate"], ["solicitor", "Solicitor"],
  ["professional", "Professional"], ["memberOfPublic", "Member of the public"], ["other", "Other"], ["electedMember", "Elected member"],
];
const MEMBER_TYPES = [["mp", "MP"], ["mep", "MEP"], ["councillor", "Councillor"]];
const COMPLIMENT_SOURCES = [
  ["parentOrCarer", "Parent or carer"], ["youngPerson", "Young person"], ["fosterCarer", "Foster carer"], ["adopter", "Adopter"],
  ["professional", "Professional"], ["school", "School"], ["policeJudgeOrLegal", "Police, judge or legal"], ["other", "Other"],
];
const RECEIVED_FROM = {
  attachedOriginal: "the original email attached to the forward",
  forwardedHeader: "the forwarded email's Sent/Date line",
  quotedReply: "the line introducing the quoted reply",
  receivedHeader: "the council's mail server's receipt stamp",
  messageDate: "the email's own date",
  intakeTime: "nothing in the email: the time it was read",
};
const COMPLAINTS = ["statutoryComplaint", "corporateComplaint", "informalRepresentation"];

const state = { config: null, token: null, council: null, owners: [], draft: null, eml: null };

// ---------- small DOM helpers: text only ----------
function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === false || value === null || value === undefined) continue;
    if (name === "text") node.textContent = value;
    else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function show(heading, ...content) {
  document.getElementById("heading").textContent = heading;
  const view = document.getElementById("view");
  view.replaceChildren(...content);
  document.getElementById("main").focus();
}

function status(text) {
  document.getElementById("status").textContent = text;
}

// ---------- start ----------
async function start() {
  try {
    state.config = await (await fetch("config.json")).json();
  } catch {
    status("");
    show("Can't reach Complaints Assistant", el("p", { text: "The service did not answer. Check your connection and open the pane again." }));
    return;
  }
  const mailbox = await officeMailbox();
  const sample = new URLSearchParams(location.search).get("sample");
  if (mailbox) return readOpenEmail(mailbox);
  if (state.config.localDevelopment && sample) return readSample(sample);
  if (state.config.localDevelopment) return offerSamples();
  status("");
  show("Open this from Outlook", el("p", { text: "This pane works inside Outlook: open an email and choose Create case on the ribbon." }));
}

/** Office's mailbox when the page runs inside Outlook; null in a plain browser (office.js absent or not in a host). */
function officeMailbox() {
  if (typeof Office === "undefined" || !Office.onReady) return Promise.resolve(null);
  return new Promise(resolve => {
    const timer = setTimeout(() => resolve(null), 3000);
    Office.onReady(info => {
      clearTimeout(timer);
      resolve(info && info.host === Office.HostType.Outlook && Office.context.mailbox ? Office.context.mailbox : null);
    });
  });
}

function readOpenEmail(mailbox) {
  const item = mailbox.item;
  if (!item || typeof item.getAsFileAsync !== "function") {
    status("");
    show("This Outlook can't hand over the email", el("p", { text: "Creating a case needs Outlook's Mailbox 1.14 (new Outlook, Outlook on the web, or classic Outlook 2307 or later). Forward the email to the complaints mailbox instead." }));
    return;
  }
  item.getAsFileAsync(result => {
    if (result.status !== Office.AsyncResultStatus.Succeeded) {
      status("");
      show("Couldn't read the email", el("p", { text: "Outlook did not hand over the email (" + ((result.error && result.error.message) || "no reason given") + "). Open the email again and retry." }));
      return;
    }
    draft(base64ToBytes(result.value));
  });
}

async function readSample(name) {
  const response = await fetch("samples/" + encodeURIComponent(name));
  if (!response.ok) return offerSamples("There is no sample called " + name + ".");
  draft(new Uint8Array(await response.arrayBuffer()));
}

async function offerSamples(problem) {
  const names = await (await fetch("samples")).json();
  status("");
  show("Try the pane with a sample email",
    problem ? el("div", { class: "box danger" }, el("p", { text: problem })) : null,
    el("p", { text: "Local development mode: outside Outlook, the pane reads one of these sample emails instead of the open one." }),
    el("ul", { class: "samples" }, names.map(n => el("li", {}, el("a", { href: "?sample=" + encodeURIComponent(n), text: n })))));
}

function base64ToBytes(base64) {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

// ---------- the API ----------
async function api(path, options) {
  // Says which client this is, so the access log records a case the add-in shows (e.g. "already a case") as read in Outlook.
  const headers = Object.assign({ "X-Complaints-Client": "outlook-addin" }, (options && options.headers) || {});
  const token = await accessToken();
  if (token) headers.Authorization = "Bearer " + token;
  const response = await fetch("/api" + path, Object.assign({}, options, { headers }));
  const type = response.headers.get("content-type") || "";
  const body = type.includes("json") ? await response.json() : null;
  return { status: response.status, ok: response.ok, body };
}

/** A token for our API through nested app authentication (silent first, then a popup); none in local development mode. */
async function accessToken() {
  if (state.config.localDevelopment) return null;
  if (state.token && state.token.expiresOn > Date.now() + 60000) return state.token.value;
  if (!state.msal) {
    await loadScript("lib/msal-browser.min.js");
    state.msal = await msal.createNestablePublicClientApplication({
      auth: { clientId: state.config.clientId, authority: state.config.authority },
    });
  }
  const request = { scopes: [state.config.scope] };
  let result;
  try {
    result = await state.msal.acquireTokenSilent(request);
  } catch {
    result = await state.msal.acquireTokenPopup(request);
  }
  state.token = { value: result.accessToken, expiresOn: result.expiresOn ? result.expiresOn.getTime() : Date.now() + 300000 };
  return state.token.value;
}

function loadScript(src) {
  return new Promise((resolve, reject) => {
    document.head.append(el("script", { src, onload: resolve, onerror: () => reject(new Error("Could not load " + src)) }));
  });
}

function problemText(response) {
  return (response.body && (response.body.detail || response.body.title)) || "The service answered " + response.status + ".";
}

// ---------- draft ----------
async function draft(bytes) {
  state.eml = bytes;
  status("Reading the email…");
  let drafted;
  try {
    drafted = await api("/intake/email", { method: "POST", headers: { "Content-Type": "message/rfc822" }, body: bytes });
  } catch (e) {
    status("");
    show("Couldn't sign in or reach the service", el("p", { text: (e && e.message) || "The service did not answer." }));
    return;
  }
  if (!drafted.ok) {
    status("");
    show("This email can't be read", el("div", { class: "box danger" }, el("p", { text: problemText(drafted) })),
      el("p", { text: "Log the case by hand in Teams from what the email shows." }));
    return;
  }
  state.draft = drafted.body;
  const existing = state.draft.existingCase;
  if (existing) return showCase(existing.id, existing.link === "sameMessage" ? "This email is already a case" : "This email belongs to a case", existing.link);
  await loadLists();
  showForm();
}

async function loadLists() {
  const [council, owners] = await Promise.all([api("/council"), api("/owners")]);
  state.council = council.ok ? council.body : { teams: [], concernCategories: [], complimentCategories: [] };
  state.owners = owners.ok ? owners.body : [];
}

// ---------- the form ----------
function options(pairs, selected, placeholder) {
  return [
    placeholder ? el("option", { value: "", text: placeholder, selected: !selected }) : null,
    ...pairs.map(([value, text]) => el("option", { value, text, selected: value === selected })),
  ];
}

function field(id, label, control, hint) {
  const hintId = hint ? id + "-hint" : null;
  const errorId = id + "-error";
  control.id = id;
  control.setAttribute("aria-describedby", [hintId, errorId].filter(Boolean).join(" "));
  return el("div", { class: "field", "data-field": id },
    el("label", { for: id, text: label }),
    hint ? el("span", { class: "hint", id: hintId, text: hint }) : null,
    el("span", { class: "error", id: errorId }),
    control);
}

function check(id, label, checked) {
  return el("div", { class: "check" }, el("input", { type: "checkbox", id, checked }), el("label", { for: id, text: label }));
}

function showForm() {
  const d = state.draft;
  const suggested = KINDS.find(k => k[0] === d.kind);
  const teams = state.council.teams.map(t => [t, t]);
  const owners = state.owners.map(o => [o.id, o.name]);
  const evidence = "From " + (RECEIVED_FROM[d.receivedFrom] || d.receivedFrom) + (d.receivedEvidence ? ": “" + d.receivedEvidence + "”" : "")
    + (d.receivedConfidence === "high" ? "." : ". Check it.");

  const form = el("form", { novalidate: true, onsubmit: create },
    d.warnings.length ? el("div", { class: "box warning", role: "note", "aria-labelledby": "check-heading" },
      el("h2", { id: "check-heading", text: "Check before creating" }),
      el("ul", {}, d.warnings.map(w => el("li", { text: w.message })))) : null,
    el("div", { id: "form-errors" }),
    field("kind", "Kind", el("select", {}, options(KINDS, d.kind)), "Suggested: " + (suggested ? suggested[1] : d.kind) + ". " + d.kindReason),
    field("receivedOn", "Received by the council on", el("input", { type: "date", value: d.receivedOn }), evidence),
    field("team", "Team", el("select", {}, options(teams, d.team, "Choose the team")), d.teamReason || null),
    field("owner", "Owner", el("select", {}, options(owners, null, "Choose who answers it"))),
    el("h2", { text: "Who it is from" }),
    field("complainantName", "Name", el("input", { type: "text", value: d.complainant.name || "", autocomplete: "off" })),
    field("complainantEmail", "Email", el("input", { type: "email", value: d.complainant.email || "", autocomplete: "off" })),
    field("relationship", "Relationship to the child", el("select", {}, options(RELATIONSHIPS, d.complainant.relationship, "Choose"))),
    el("fieldset", {}, el("legend", { text: "Made by" }),
      check("childComplainedDirectly", "The child or young person made it themselves", d.childComplainedDirectly),
      check("supportedByAdvocate", "An advocate made or supported it", d.supportedByAdvocate)),
    el("div", { id: "kind-details" }),
    field("summary", "Summary", el("textarea", { rows: 5 }, d.summary), "From the email: " + d.subject),
    el("div", { class: "actions" },
      el("button", { type: "submit", class: "primary", id: "create" }, "Create case")));
  show("Check the draft", form);
  status("Draft ready: check it, correct it, then create the case.");
  form.querySelector("#kind").addEventListener("change", kindChanged);
  kindChanged();
}

/** The fields a kind needs beyond the common ones. */
function kindChanged() {
  const kind = document.getElementById("kind").value;
  const d = state.draft;
  const details = document.getElementById("kind-details");
  const parts = [];
  if (COMPLAINTS.includes(kind)) {
    parts.push(el("fieldset", { "data-field": "concerns", "aria-describedby": "concerns-error" },
      el("legend", { text: "What the complaint is about" }),
      el("span", { class: "error", id: "concerns-error" }),
      state.council.concernCategories.map((c, i) => check("concern-" + i, c, false))));
  }
  if (kind === "memberEnquiry") {
    parts.push(field("memberType", "Member", el("select", {}, options(MEMBER_TYPES, d.memberType, "Choose"))));
    parts.push(field("memberName", "Member's name", el("input", { type: "text", value: d.memberName || "", autocomplete: "off" })));
  }
  if (kind === "compliment") {
    parts.push(field("complimentCategory", "Compliment about", el("select", {}, options(state.council.complimentCategories.map(c => [c, c]), null, "Choose"))));
    parts.push(field("complimentSource", "From", el("select", {}, options(COMPLIMENT_SOURCES, null, "Choose"))));
  }
  if (kind === "ombudsmanEnquiry") {
    parts.push(field("ombudsmanReference", "Ombudsman's reference", el("input", { type: "text", autocomplete: "off" })));
  }
  if (kind === "notACase") {
    parts.push(el("div", { class: "box warning" }, el("p", { text: "Not a case: nothing will be created. Choose a kind above to log it anyway." })));
  }
  details.replaceChildren(...parts);
  document.getElementById("create").disabled = kind === "notACase";
}

function value(id) {
  const node = document.getElementById(id);
  return node && node.value.trim() ? node.value.trim() : null;
}

function request() {
  const kind = value("kind");
  const summary = value("summary");
  const body = {
    kind,
    receivedOn: value("receivedOn"),
    howReceived: "email",
    team: value("team"),
    owner: value("owner"),
    complainant: {
      relationship: value("relationship"),
      name: value("complainantName"),
      contact: value("complainantEmail"),
      childComplainedDirectly: document.getElementById("childComplainedDirectly").checked,
      supportedByAdvocate: document.getElementById("supportedByAdvocate").checked,
    },
    summary,
    intakeKey: state.draft.internetMessageId,
  };
  if (!body.complainant.relationship) delete body.complainant;
  if (COMPLAINTS.includes(kind))
    body.concerns = state.council.concernCategories.filter((c, i) => document.getElementById("concern-" + i).checked);
  if (kind === "memberEnquiry") body.member = { type: value("memberType"), name: value("memberName") };
  if (kind === "compliment") body.compliment = { category: value("complimentCategory"), source: value("complimentSource"), words: summary || "" };
  if (kind === "ombudsmanEnquiry") body.ombudsman = { ombudsmanReference: value("ombudsmanReference") };
  return body;
}

// The API's field names → the form's controls.
const FIELD_CONTROLS = {
  kind: "kind", receivedOn: "receivedOn", team: "team", owner: "owner", summary: "summary", concerns: "concerns",
  "complainant.relationship": "relationship", "complainant.name": "complainantName", "complainant.contact": "complainantEmail",
  "member.type": "memberType", "member.name": "memberName", member: "memberType",
  "compliment.category": "complimentCategory", "compliment.source": "complimentSource", compliment: "complimentCategory",
};

async function create(event) {
  event.preventDefault();
  const button = document.getElementById("create");
  button.disabled = true;
  clearErrors();
  status("Creating the case…");
  const created = await api("/cases", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(request()) });
  button.disabled = false;
  if (created.ok) {
    showCreated(created.body, created.status === 201 ? "Case created" : "This email is already a case");
    return keepEmail(created.body.case.id);
  }
  showErrors(created);
}

function clearErrors() {
  document.getElementById("form-errors").replaceChildren();
  for (const node of document.querySelectorAll(".error")) node.textContent = "";
  for (const node of document.querySelectorAll("[aria-invalid]")) node.removeAttribute("aria-invalid");
}

/** Every broken rule at its field, and a list at the top linking to them; nothing typed is lost. */
function showErrors(response) {
  const problem = response.body || {};
  const errors = problem.errors || (problem.field ? { [problem.field]: [problem.detail] } : {});
  const items = [];
  for (const [apiField, messages] of Object.entries(errors)) {
    const id = FIELD_CONTROLS[apiField] || FIELD_CONTROLS[apiField.split(".")[0]];
    const control = id && document.getElementById(id);
    const error = id && document.getElementById(id + "-error");
    if (error) error.textContent = messages.join(" ");
    if (control && control.tagName !== "FIELDSET") control.setAttribute("aria-invalid", "true");
    for (const message of messages) items.push(el("li", {}, control ? el("a", { href: "#" + id, text: message }) : message));
  }
  if (items.length === 0) items.push(el("li", { text: problemText(response) }));
  const box = el("div", { class: "box danger", role: "alert", tabindex: "-1" },
    el("h2", { text: "The case was not created" }), el("ul", {}, items));
  document.getElementById("form-errors").replaceChildren(box);
  status("The case was not created: " + items.length + (items.length === 1 ? " thing" : " things") + " to put right.");
  box.focus();
}

// ---------- a case ----------
async function showCase(id, heading, link) {
  const read = await api("/cases/" + encodeURIComponent(id));
  if (!read.ok) {
    status("");
    show(heading, el("p", { text: problemText(read) }));
    return;
  }
  if (!state.owners.length) await loadLists();
  showCreated(read.body, heading, link);
  // The email that made the case: keep it again in case the first time didn't finish (the same email is kept once).
  if (link === "sameMessage") await keepEmail(id);
}

/** Keeps the .eml with the case; says so, or offers to try again. */
async function keepEmail(caseId) {
  const line = document.getElementById("kept");
  line.textContent = "Keeping the email with the case…";
  let kept;
  try {
    kept = await api("/cases/" + encodeURIComponent(caseId) + "/emails", { method: "POST", headers: { "Content-Type": "message/rfc822" }, body: state.eml });
  } catch {
    kept = { ok: false, status: 0, body: null };
  }
  if (kept.ok) {
    line.replaceChildren(document.createTextNode("The email is kept with the case."));
    return;
  }
  line.replaceChildren(
    el("span", { class: "error", text: "The email was not kept with the case: " + problemText(kept) }),
    el("button", { type: "button", onclick: () => keepEmail(caseId) }, "Try again"));
}

/** An owner the picker doesn't list (a member of an Entra group): the host says who, in words, never a bare id if it knows better. */
async function describeOwner(ownerId) {
  const described = await api("/owners/" + encodeURIComponent(ownerId));
  const cell = document.getElementById("owner-name");
  if (cell) cell.textContent = described.ok ? described.body.name : ownerId;
}

function showCreated(view, heading, link) {
  const snapshot = view.case;
  const stage = snapshot.stages && snapshot.stages.length ? snapshot.stages[snapshot.stages.length - 1] : null;
  const ownerId = stage && stage.owner;
  const owner = state.owners.find(o => o.id === ownerId);
  const note = link === "referenceInSubject" ? "The subject quotes this case's reference."
    : link === "sameConversation" ? "It replies to an email kept with this case."
    : null;
  status(heading + ": " + snapshot.reference + ".");
  if (!owner && ownerId) describeOwner(ownerId);
  show(heading,
    el("div", { class: "box success" },
      el("dl", { class: "facts" },
        el("dt", { text: "Reference" }), el("dd", { id: "reference", text: snapshot.reference }),
        el("dt", { text: "Due" }), el("dd", { id: "due", text: view.dueInWords || "nothing due from the council" }),
        el("dt", { text: "Owner" }), el("dd", { id: "owner-name", text: owner ? owner.name : ownerId ? "…" : "nobody yet" }),
        el("dt", { text: "Team" }), el("dd", { text: snapshot.team || "none" }))),
    el("p", { id: "kept", role: "status" }),
    note ? el("p", { text: note }) : null,
    link && link !== "sameMessage" ? el("div", { class: "actions" },
      el("button", { type: "button", class: "primary", onclick: () => keepEmail(snapshot.id) }, "Keep this email with " + snapshot.reference),
      el("button", { type: "button", onclick: async () => { await loadLists(); showForm(); } }, "Create a new case instead")) : null);
}

start();
