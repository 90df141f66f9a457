// Sillon — field app « Ma journée » (issue 11). Works offline: the day is read once (GET /api/v1/field/day), every
// tap is kept in IndexedDB at once (store.js), and what waits is sent when the network is back or on the button
// (POST /api/v1/field/tasks, then /api/v1/field/observations; both idempotent by the device's UUIDs).
// No inline script or handler anywhere (Content-Security-Policy: script-src 'self').
import * as store from './store.js';

const API = new URL('../api/v1/', document.baseURI).href;
const state = {
  token: null, account: null, day: null,
  tasks: new Map(),        // made on this device: uuid → {uuid, performedOn, siteId, …, state, reason, serverId}
  observations: new Map(), // uuid → {uuid, taskKey, participantId, competencyId, levelRank, observedOn, state, reason}
  notes: new Map(),        // taskKey:participantId → {key, text}
  syncing: false, lastError: null, view: 'day', taskKey: null, editing: null
};

// ---------------------------------------------------------------- small helpers

function h(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) { continue; }
    if (k === 'text') { e.textContent = v; } else if (k.startsWith('on')) { e.addEventListener(k.slice(2), v); }
    else { e.setAttribute(k, v === true ? '' : v); }
  }
  for (const c of children.flat()) { if (c !== null && c !== undefined) { e.append(c); } }
  return e;
}
const $ = id => document.getElementById(id);
const today = () => { const d = new Date(); return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`; };
const frenchDay = iso => new Date(iso + 'T12:00:00').toLocaleDateString('fr-FR', { weekday: 'long', day: 'numeric', month: 'long' });
const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;
const uuid = () => crypto.randomUUID();

async function api(method, path, body) {
  const headers = { 'Accept': 'application/json' };
  if (state.token) { headers['Authorization'] = 'Bearer ' + state.token; }
  if (body !== undefined) { headers['Content-Type'] = 'application/json'; }
  const r = await fetch(API + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body),
    cache: 'no-store', credentials: 'omit' });
  const json = await r.json().catch(() => ({}));
  if (!r.ok) { const e = new Error(json.message || `Erreur ${r.status}`); e.status = r.status; throw e; }
  return json;
}

// ---------------------------------------------------------------- the day's model

function byId(list) { return new Map((list || []).map(x => [x.id, x])); }
function model() {
  const d = state.day || { teams: [], participants: [], sites: [], taskTypes: [], criteria: [], scales: [], tasks: [], observed: [], recent: [] };
  return { d, people: byId(d.participants), types: byId(d.taskTypes), criteria: byId(d.criteria), scales: byId(d.scales),
    sites: byId(d.sites), teams: byId(d.teams) };
}

/** Every task of the day: those of the server, and those made here (key 'uuid:…' once made here, else 'id:…'). */
function allTasks() {
  const { d, types, sites } = model();
  const mine = [...state.tasks.values()].filter(t => t.performedOn === dayOf());
  const mineUuids = new Set(mine.map(t => t.uuid));
  const list = d.tasks.filter(t => !t.uuid || !mineUuids.has(t.uuid)).map(t => ({ key: 'id:' + t.id, id: t.id, ...t }));
  for (const t of mine) {
    list.push({ key: 'uuid:' + t.uuid, id: t.serverId || null, uuid: t.uuid, performedOn: t.performedOn, siteId: t.siteId,
      siteName: (sites.get(t.siteId) || {}).name || '', taskTypeId: t.taskTypeId,
      taskTypeName: (types.get(t.taskTypeId) || {}).name || '', teamId: t.teamId, durationMinutes: t.durationMinutes,
      participantIds: t.participantIds, note: t.note, local: t });
  }
  return list;
}
function dayOf() { return state.day ? state.day.day : today(); }
function taskByKey(key) { return allTasks().find(t => t.key === key); }
function keyOfServerTask(id) {
  const mine = [...state.tasks.values()].find(t => t.serverId === id);
  return mine ? 'uuid:' + mine.uuid : 'id:' + id;
}

/** The observation of a cell: made here (pending, rejected or sent), else already on the server. */
function cell(taskKey, p, c) {
  for (const o of state.observations.values()) {
    if (o.taskKey === taskKey && o.participantId === p && o.competencyId === c) { return o; }
  }
  const mine = new Set(state.observations.keys());
  const s = (state.day ? state.day.observed : []).find(o => keyOfServerTask(o.taskRecordId) === taskKey
    && o.participantId === p && o.competencyId === c && !mine.has(o.uuid));
  return s ? { ...s, state: 'server' } : null;
}

function counts() {
  const obs = [...state.observations.values()];
  const tasks = [...state.tasks.values()];
  return { obs: obs.filter(o => o.state === 'pending').length, tasks: tasks.filter(t => t.state === 'pending').length,
    rejected: obs.filter(o => o.state === 'rejected').length + tasks.filter(t => t.state === 'rejected').length };
}

// ---------------------------------------------------------------- changes (each kept at once)

async function rate(taskKey, p, c, rank) {
  const existing = cell(taskKey, p, c);
  if (existing && (existing.state === 'sent' || existing.state === 'server')) { return; } // corrections: in Sillon
  if (rank === 0) {
    if (existing) { state.observations.delete(existing.uuid); await store.remove('observations', existing.uuid); }
  } else {
    const o = existing ? { ...existing, levelRank: rank, state: 'pending', reason: null }
      : { uuid: uuid(), taskKey, participantId: p, competencyId: c, levelRank: rank, observedOn: taskByKey(taskKey).performedOn,
        state: 'pending', reason: null, at: Date.now() };
    state.observations.set(o.uuid, o);
    await store.put('observations', o);
  }
  soon();
}

async function note(taskKey, p, text) {
  const n = { key: taskKey + ':' + p, text };
  state.notes.set(n.key, n);
  await store.put('notes', n);
}

async function discard(kind, id) {
  if (kind === 'task') {
    const t = state.tasks.get(id);
    state.tasks.delete(id);
    await store.remove('tasks', id);
    for (const o of [...state.observations.values()].filter(o => o.taskKey === 'uuid:' + t.uuid)) {
      state.observations.delete(o.uuid);
      await store.remove('observations', o.uuid);
    }
  } else {
    state.observations.delete(id);
    await store.remove('observations', id);
  }
  render();
}

// ---------------------------------------------------------------- sync

let timer = null;
function soon() { refresh(); clearTimeout(timer); timer = setTimeout(() => sync(), 3000); }

async function sync() {
  if (state.syncing || !state.token) { return; }
  if (!navigator.onLine) { state.lastError = 'offline'; renderStatus(); return; }
  state.syncing = true;
  renderStatus();
  try {
    const tasks = [...state.tasks.values()].filter(t => t.state === 'pending');
    if (tasks.length) {
      const r = await api('POST', 'field/tasks', { tasks: tasks.map(t => ({ uuid: t.uuid, performedOn: t.performedOn,
        siteId: t.siteId, taskTypeId: t.taskTypeId, teamId: t.teamId, durationMinutes: t.durationMinutes,
        participantIds: t.participantIds, note: t.note })) });
      r.results.forEach((x, i) => {
        const t = tasks[i];
        Object.assign(t, x.status === 'REJECTED' ? { state: 'rejected', reason: x.reason }
          : { state: 'sent', reason: null, serverId: x.taskRecordId });
      });
      await store.putAll('tasks', tasks);
    }
    const ready = [...state.observations.values()].filter(o => o.state === 'pending' && taskSent(o.taskKey));
    for (let i = 0; i < ready.length; i += 200) {
      const chunk = ready.slice(i, i + 200);
      const r = await api('POST', 'field/observations', { observations: chunk.map(o => {
        const [kind, id] = o.taskKey.split(':');
        const n = state.notes.get(o.taskKey + ':' + o.participantId);
        return { uuid: o.uuid, participantId: o.participantId, competencyId: o.competencyId, levelRank: o.levelRank,
          observedOn: o.observedOn, taskRecordId: kind === 'id' ? Number(id) : null, taskUuid: kind === 'uuid' ? id : null,
          note: n && n.text ? n.text : null };
      }) });
      r.results.forEach((x, j) => {
        Object.assign(chunk[j], x.status === 'REJECTED' ? { state: 'rejected', reason: x.reason } : { state: 'sent', reason: null });
      });
      await store.putAll('observations', chunk);
    }
    await loadDay();
    state.lastError = null;
    await store.set('lastSync', new Date().toISOString());
  } catch (e) {
    if (e.status === 401) { state.token = null; await store.forget(false); state.lastError = 'signedOut'; }
    else { state.lastError = e.status ? e.message : 'offline'; }
  } finally {
    state.syncing = false;
    refresh();
  }
}
function taskSent(taskKey) {
  if (taskKey.startsWith('id:')) { return true; }
  const t = state.tasks.get(taskKey.slice(5));
  return t && t.state === 'sent';
}

async function loadDay() {
  const day = await api('GET', 'field/day');
  state.day = day;
  await store.set('day', day);
  // what was sent on an earlier day and is on the server now needs no keeping
  for (const o of [...state.observations.values()]) {
    if (o.state === 'sent' && o.observedOn < day.day) { state.observations.delete(o.uuid); await store.remove('observations', o.uuid); }
  }
  for (const t of [...state.tasks.values()]) {
    if (t.state === 'sent' && t.performedOn < day.day
        && ![...state.observations.values()].some(o => o.taskKey === 'uuid:' + t.uuid)) {
      state.tasks.delete(t.uuid); await store.remove('tasks', t.uuid);
    }
  }
}

// ---------------------------------------------------------------- views

/** Re-draws, unless the supervisor is typing (a sync ending must not take the field away from under the finger). */
function refresh() {
  if (document.activeElement && document.activeElement.matches('input, select, textarea')) { renderStatus(); return; }
  render();
}

function render() {
  $('who').textContent = state.account ? state.account.displayName : '';
  $('signout').hidden = !state.token;
  renderStatus();
  for (const v of ['login', 'day', 'task', 'new']) { $('view-' + v).hidden = true; }
  $('back').hidden = true;
  if (!state.token) { $('view-login').hidden = false; renderLogin(); return; }
  const view = state.view === 'task' && taskByKey(state.taskKey) ? 'task' : state.view === 'new' ? 'new' : 'day';
  $('view-' + view).hidden = false;
  $('back').hidden = view === 'day';
  if (view === 'day') { renderDay(); } else if (view === 'task') { renderTask(); } // the form is filled once, on opening
}

function renderStatus() {
  const n = counts();
  const parts = [];
  if (n.tasks) { parts.push(plural(n.tasks, 'tâche', 'tâches')); }
  if (n.obs) { parts.push(plural(n.obs, 'observation', 'observations')); }
  let text = parts.length ? parts.join(' et ') + ' en attente' : n.rejected ? 'Rien en attente' : 'Tout est envoyé';
  if (n.rejected) { text += ` · ${plural(n.rejected, 'élément refusé', 'éléments refusés')} : à corriger`; }
  const bar = $('syncbar');
  bar.className = 'syncbar ' + (n.rejected ? 'is-rejected' : parts.length ? 'is-waiting' : 'is-done');
  $('sync-status').textContent = text;
  let where = state.syncing ? 'Envoi en cours…' : !navigator.onLine || state.lastError === 'offline'
    ? 'Hors ligne : tout est gardé sur la tablette, l\'envoi se fera au retour du réseau.'
    : state.lastError === 'signedOut' ? 'Session de l\'appareil terminée : reconnectez-vous, rien n\'est perdu.'
      : state.lastError ? state.lastError : '';
  $('sync-detail').textContent = where;
  $('sync-now').disabled = state.syncing || !state.token;
}

function renderLogin() {
  $('login-message').textContent = state.lastError === 'signedOut'
    ? 'Reconnectez-vous : ce qui attend sur la tablette sera envoyé ensuite.' : '';
}

function renderDay() {
  const { d } = model();
  const title = state.day ? 'Journée du ' + frenchDay(d.day) : 'Journée non chargée';
  $('day-title').textContent = title;
  $('day-stale').hidden = !state.day || d.day === today();
  const list = $('tasks');
  list.replaceChildren();
  const tasks = allTasks();
  if (!tasks.length) { list.append(h('li', { class: 'empty', text: 'Aucune tâche aujourd\'hui : enregistrez la première.' })); }
  for (const t of tasks) {
    const done = t.participantIds.length * ((model().types.get(t.taskTypeId) || { criterionIds: [] }).criterionIds.length);
    const rated = t.participantIds.reduce((n, p) => n + ((model().types.get(t.taskTypeId) || { criterionIds: [] }).criterionIds
      .filter(c => cell(t.key, p, c)).length), 0);
    const st = t.local ? { pending: ' · pas encore envoyée', rejected: ' · refusée', sent: '' }[t.local.state] : '';
    list.append(h('li', {}, h('button', { type: 'button', class: 'task-button', 'data-task': t.key,
      onclick: () => { state.view = 'task'; state.taskKey = t.key; render(); window.scrollTo(0, 0); } },
      h('span', { class: 'task-name', text: t.taskTypeName }),
      h('span', { class: 'task-meta', text: `${t.siteName} · ${plural(t.participantIds.length, 'personne', 'personnes')} · ${rated}/${done} observé${st}` }))));
  }
  renderRejected();
}

function renderRejected() {
  const box = $('rejected');
  const list = $('rejected-list');
  list.replaceChildren();
  const { people, criteria } = model();
  for (const t of [...state.tasks.values()].filter(t => t.state === 'rejected')) {
    list.append(h('li', {}, h('p', {}, h('strong', { text: 'Tâche ' + ((model().types.get(t.taskTypeId) || {}).name || '') + ' : ' }),
      h('span', { class: 'reason', text: t.reason })),
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'secondary', text: 'Corriger', onclick: () => openNew(t.uuid) }),
      h('button', { type: 'button', class: 'danger', text: 'Abandonner', onclick: () => discard('task', t.uuid) }))));
  }
  for (const o of [...state.observations.values()].filter(o => o.state === 'rejected')) {
    const c = criteria.get(o.competencyId) || {};
    list.append(h('li', {}, h('p', {}, h('strong', { text: `${(people.get(o.participantId) || {}).name || ''} — ${c.frameworkCode || ''} ${c.code || ''} : ` }),
      h('span', { class: 'reason', text: o.reason })),
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'secondary', text: 'Corriger', onclick: () => { state.view = 'task'; state.taskKey = o.taskKey; render(); } }),
      h('button', { type: 'button', class: 'danger', text: 'Abandonner', onclick: () => discard('observation', o.uuid) }))));
  }
  box.hidden = !list.children.length;
}

function levelsOf(c) { return (model().scales.get(c.scaleId) || { levels: [] }).levels; }

function renderTask() {
  const t = taskByKey(state.taskKey);
  const { people, types, criteria } = model();
  const crit = (types.get(t.taskTypeId) || { criterionIds: [] }).criterionIds.map(id => criteria.get(id)).filter(Boolean);
  $('task-title').textContent = t.taskTypeName;
  $('task-meta').textContent = `${t.siteName} · ${frenchDay(t.performedOn)} · ${plural(t.participantIds.length, 'personne', 'personnes')}`;
  const quick = $('task-quick');
  quick.replaceChildren();
  for (const c of crit) {
    quick.append(h('div', { class: 'row', role: 'group', 'aria-label': `Tous à, pour ${c.frameworkCode} ${c.code}` },
      h('span', { class: 'crit' }, h('span', { class: 'code', text: `${c.frameworkCode} ${c.code}` }), ' ', h('span', { class: 'title', text: c.title })),
      h('span', { class: 'levels' }, h('span', { class: 'all-at', text: 'Tous à' }),
        levelsOf(c).filter(l => l.rank > 0).map(l => h('button', { type: 'button', class: 'level', 'data-all': c.id,
          'data-rank': l.rank, 'data-focus': `all:${c.id}:${l.rank}`, text: l.label, onclick: async () => {
            for (const p of t.participantIds) { await rate(t.key, p, c.id, l.rank); }
          } })))));
  }
  const grid = $('task-grid');
  const focused = document.activeElement && document.activeElement.dataset ? document.activeElement.dataset.focus : null;
  grid.replaceChildren();
  const recent = (state.day ? state.day.recent : []);
  for (const p of t.participantIds) {
    const person = people.get(p) || { name: 'Participant ' + p };
    const sec = h('section', { class: 'person', 'aria-labelledby': 'person-' + p },
      h('h2', { id: 'person-' + p, text: person.name }));
    const evidence = recent.filter(r => r.participantId === p);
    sec.append(h('details', { class: 'evidence' }, h('summary', { text: `Dernières observations (${evidence.length})` }),
      evidence.length ? h('ul', {}, evidence.map(r => h('li', { text: `${frenchDay(r.observedOn)} · ${r.criterion} · ${r.levelLabel}${r.taskTypeName ? ' · ' + r.taskTypeName : ''}${r.note ? ' — « ' + r.note + ' »' : ''}` })))
        : h('p', { text: 'Aucune observation ces dernières semaines.' })));
    for (const c of crit) {
      const o = cell(t.key, p, c.id);
      const locked = o && (o.state === 'sent' || o.state === 'server');
      const row = h('div', { class: 'row' + (o && o.state === 'rejected' ? ' is-rejected' : ''), role: 'group',
        'aria-label': `${person.name} — ${c.frameworkCode} ${c.code}` },
      h('span', { class: 'crit' }, h('span', { class: 'code', text: `${c.frameworkCode} ${c.code}` }), ' ', h('span', { class: 'title', text: c.title }),
        o && o.state === 'rejected' ? h('span', { class: 'reason', text: ' Refusée : ' + o.reason }) : null,
        locked ? h('span', { class: 'sent', text: ' Envoyée' }) : o ? h('span', { class: 'waiting', text: ' En attente' }) : null),
      h('span', { class: 'levels' }, levelsOf(c).map(l => h('button', { type: 'button', class: 'level', 'data-p': p, 'data-c': c.id,
        'data-rank': l.rank, 'data-focus': `${p}:${c.id}:${l.rank}`, 'aria-pressed': String(o ? o.levelRank === l.rank : l.rank === 0),
        disabled: locked, text: l.rank === 0 ? 'Non observé' : l.label, onclick: () => rate(t.key, p, c.id, l.rank) }))));
      sec.append(row);
    }
    const n = state.notes.get(t.key + ':' + p);
    sec.append(h('div', { class: 'field' }, h('label', { for: 'note-' + p, text: 'Note sur ' + person.name + ' (part avec ses observations)' }),
      h('input', { id: 'note-' + p, type: 'text', maxlength: '500', 'data-note': p, 'data-focus': 'note:' + p, value: n ? n.text : '',
        oninput: e => note(t.key, p, e.target.value) })));
    grid.append(sec);
  }
  if (focused) { const again = grid.querySelector(`[data-focus="${focused}"]`) || quick.querySelector(`[data-focus="${focused}"]`); if (again) { again.focus(); } }
}

function openNew(editing) {
  state.editing = editing;
  state.view = 'new';
  render();
  renderNew();
  $('new-type').focus();
}

function renderNew() {
  const { d, teams } = model();
  const editing = state.editing ? state.tasks.get(state.editing) : null;
  const form = $('new-form');
  fill($('new-type'), d.taskTypes, editing && editing.taskTypeId);
  fill($('new-site'), d.sites, editing && editing.siteId);
  fill($('new-team'), d.teams, editing ? editing.teamId : (d.teams[0] || {}).id, 'Sans équipe');
  $('new-duration').value = editing ? editing.durationMinutes : $('new-duration').value || 180;
  $('new-note').value = editing ? editing.note || '' : '';
  const chosen = new Set(editing ? editing.participantIds : (d.teams[0] || { memberIds: [] }).memberIds);
  people(chosen);
  $('new-team').onchange = () => { const t = teams.get(Number($('new-team').value)); people(new Set(t ? t.memberIds : [])); };
  $('new-error').textContent = '';
  form.dataset.editing = editing ? editing.uuid : '';
}
function fill(select, items, selected, empty) {
  select.replaceChildren(...(empty ? [h('option', { value: '', text: empty })] : []),
    ...items.map(x => h('option', { value: x.id, text: x.name, selected: selected === x.id })));
}
function people(chosen) {
  const { d } = model();
  const box = $('new-people');
  box.replaceChildren(...d.participants.map(p => h('label', { class: 'check' },
    h('input', { type: 'checkbox', value: p.id, checked: chosen.has(p.id) }), ' ' + p.name)));
}

async function saveNew(e) {
  e.preventDefault();
  const ids = [...$('new-people').querySelectorAll('input:checked')].map(i => Number(i.value));
  const minutes = Number($('new-duration').value);
  if (!ids.length) { $('new-error').textContent = 'Cochez au moins une personne présente.'; return; }
  if (!(minutes >= 1 && minutes <= 720)) { $('new-error').textContent = 'La durée va de 1 à 720 minutes.'; return; }
  const editing = $('new-form').dataset.editing;
  const t = { uuid: editing || uuid(), performedOn: editing ? state.tasks.get(editing).performedOn : dayOf(),
    taskTypeId: Number($('new-type').value), siteId: Number($('new-site').value),
    teamId: $('new-team').value ? Number($('new-team').value) : null, durationMinutes: minutes, participantIds: ids,
    note: $('new-note').value.trim() || null, state: 'pending', reason: null, at: Date.now() };
  state.tasks.set(t.uuid, t);
  await store.put('tasks', t);
  state.editing = null;
  state.view = 'task';
  state.taskKey = 'uuid:' + t.uuid;
  soon();
  window.scrollTo(0, 0);
}

async function signIn(e) {
  e.preventDefault();
  $('login-message').textContent = '';
  try {
    const r = await api('POST', 'tokens', { login: $('login').value.trim(), password: $('password').value,
      device: $('device').value.trim() || 'Tablette' });
    state.token = r.token;
    $('password').value = '';
    await store.set('token', r.token);
    const me = await api('GET', 'me');
    state.account = me;
    await store.set('account', me);
    state.lastError = null;
    await sync();
  } catch (err) {
    $('login-message').textContent = err.status ? err.message : 'Pas de réseau : la première connexion demande le réseau.';
  }
  render();
}

async function signOut() {
  const n = counts();
  if ((n.obs || n.tasks) && !confirm('Des éléments attendent encore d\'être envoyés : ils seront perdus. Se déconnecter quand même ?')) { return; }
  try { await api('DELETE', 'tokens/current'); } catch (e) { /* offline: the token expires on its own */ }
  state.token = null; state.account = null; state.day = null;
  state.tasks.clear(); state.observations.clear(); state.notes.clear();
  await store.forget(true);
  render();
}

// ---------------------------------------------------------------- start

async function start() {
  state.token = await store.get('token') || null;
  state.account = await store.get('account') || null;
  state.day = await store.get('day') || null;
  for (const t of await store.all('tasks')) { state.tasks.set(t.uuid, t); }
  for (const o of await store.all('observations')) { state.observations.set(o.uuid, o); }
  for (const n of await store.all('notes')) { state.notes.set(n.key, n); }
  $('login-form').addEventListener('submit', signIn);
  $('new-form').addEventListener('submit', saveNew);
  $('new-cancel').addEventListener('click', () => { state.editing = null; state.view = 'day'; render(); });
  $('new-task').addEventListener('click', () => openNew(null));
  $('back').addEventListener('click', () => { state.editing = null; state.view = 'day'; render(); window.scrollTo(0, 0); });
  $('sync-now').addEventListener('click', () => sync());
  $('signout').addEventListener('click', signOut);
  window.addEventListener('online', () => { state.lastError = null; sync(); });
  window.addEventListener('offline', () => { state.lastError = 'offline'; renderStatus(); });
  setInterval(() => { const n = counts(); if (navigator.onLine && (n.obs || n.tasks || !state.day)) { sync(); } }, 20000);
  document.body.dataset.ready = 'true';
  render();
  if (state.token && navigator.onLine) { sync(); }
  if ('serviceWorker' in navigator) { navigator.serviceWorker.register('sw.js', { scope: './' }).catch(() => {}); }
}

start();
