// rfcc-bench dashboard. Every text of the history goes into the page through textContent or
// attribute values built here, never as HTML; the only URLs built are this site's own.
'use strict';

const ROOT = document.documentElement;
const PAGE = ROOT.dataset.page;
const STATIC = ROOT.dataset.site === 'static';
const MAIN = document.getElementById('main');
const COLORS = ['#2f6fde', '#d9480f', '#2b8a3e', '#862e9c', '#c2255c', '#0b7285', '#e67700', '#5c940d', '#364fc7', '#a61e4d'];
const STATES = ['open', 'acknowledged', 'expected', 'dismissed', 'resolved'];

// ---------- DOM ----------

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'text') e.textContent = String(v);
    else if (k === 'class') e.className = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) {
    if (c === null || c === undefined) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

// puts children in place of what target holds, or after it (add), leaving out the absent ones
function put(target, ...children) {
  target.replaceChildren(...present(children));
}

function add(target, ...children) {
  target.append(...present(children));
}

function present(children) {
  return children.filter(c => c !== null && c !== undefined && c !== false);
}

function table(headers, rows) {
  return el('table', {},
    el('thead', {}, el('tr', {}, ...headers.map(h => el('th', { text: h.label || h, class: h.num ? 'num' : null })))),
    el('tbody', {}, ...rows));
}

function section(title, ...children) {
  return el('section', { class: 'card' }, title ? el('h2', { text: title }) : null, ...children);
}

function fmt(v, digits) {
  if (v === null || v === undefined || Number.isNaN(v)) return '–';
  const a = Math.abs(v);
  const d = digits !== undefined ? digits : a >= 1000 ? 0 : a >= 100 ? 1 : a >= 1 ? 2 : 4;
  return Number(v).toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: 0 });
}

function pct(v) {
  return v === null || v === undefined ? '–' : (v > 0 ? '+' : '') + v.toFixed(1) + '%';
}

function when(t) {
  if (t === null || t === undefined) return '–';
  const d = typeof t === 'number' ? new Date(t) : new Date(t);
  return d.toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
}

function short(commit) {
  return commit ? String(commit).slice(0, 10) : '–';
}

function runLink(id) {
  return el('a', { href: 'run.html?id=' + encodeURIComponent(id), text: id, class: 'mono' });
}

function paramsText(params) {
  const e = Object.entries(params || {});
  return e.length ? e.map(([k, v]) => k + '=' + v).join(', ') : '';
}

function fail(where, error) {
  put(where, el('p', { class: 'error', text: String(error && error.message || error) }));
}

// ---------- data: the API, or the static site's files ----------

const staticCache = new Map();

async function getJson(url) {
  const r = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!r.ok) {
    let message = r.status + ' ' + r.statusText;
    try { message = (await r.json()).error || message; } catch (e) { /* not JSON */ }
    throw new Error(message);
  }
  return r.json();
}

function staticFile(name) {
  if (!staticCache.has(name)) staticCache.set(name, getJson('data/' + name));
  return staticCache.get(name);
}

/** The API's answer to path?params; in the static site, the same from its files. */
async function api(path, params) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== undefined && v !== null && v !== '') query.set(k, v);
  if (!STATIC) return getJson('api/' + path + (String(query) ? '?' + query : ''));
  const parts = path.split('/');
  switch (parts[0]) {
    case 'overview': return staticFile('overview.json');
    case 'live': return [];
    case 'runs': {
      const runs = await staticFile('runs.json');
      if (parts.length === 1) return runs.slice(0, Number(params && params.limit) || 50);
      const index = runs.findIndex(r => r.run_id === decodeURIComponent(parts[1]));
      if (index < 0 || index >= (await staticFile('site.json')).runs_kept) {
        throw new Error('this run is not in the static site (it keeps the newest runs whole)');
      }
      return staticFile('runs/' + index + '.json');
    }
    case 'series': {
      const all = await staticFile('trends.json');
      if (parts.length === 1) return filterSeries(all.map(p => p.series), query);
      const found = all.find(p => String(p.series.id) === parts[1]);
      if (!found) throw new Error('no such series');
      return found;
    }
    case 'trends': {
      const all = await staticFile('trends.json');
      const ids = new Set(filterSeries(all.map(p => p.series), query).map(s => s.id));
      return all.filter(p => ids.has(p.series.id));
    }
    case 'alerts': {
      const all = await staticFile('alerts.json');
      const state = query.get('state') || 'all';
      return state === 'all' ? all : all.filter(a => a.state === state);
    }
    case 'compare': {
      const about = await staticFile('site.json');
      if (about.comparison.startsWith('none')) throw new Error('The static site holds no comparison: ' + about.comparison.slice(6));
      return staticFile('compare.json');
    }
    case 'resources': return staticFile('resources.json');
    default: throw new Error('not in the static site: ' + path);
  }
}

/** The series filter of the API, for the static site. */
function filterSeries(series, query) {
  const words = (query.get('q') || '').toLowerCase().split(/\s+/).filter(Boolean);
  return series.filter(s => ['suite', 'benchmark', 'metric', 'machine'].every(k => !query.get(k) || s[k] === query.get(k))
    && [...query.keys()].filter(k => k.startsWith('param.')).every(k => String((s.params || {})[k.slice(6)]) === query.get(k))
    && words.every(w => (s.name + ' ' + s.machine).toLowerCase().includes(w)));
}

/** Run ids of a series' points: inline from the API, by index into runs.json in the static site. */
async function pointRuns(points) {
  if (points.run_id) return { ids: points.run_id, commits: points.commit };
  const runs = await staticFile('runs.json');
  return { ids: points.run.map(i => runs[i].run_id), commits: points.run.map(i => runs[i].commit) };
}

// ---------- charts ----------

/** Each segment between change points: mean ± 2 SD, as the band's low and high. */
function band(values, times, changes) {
  const starts = [0];
  for (const c of changes || []) {
    // the first point at or after the run where the change begins (in the static site it may be a mean)
    const t = Date.parse(c.started_at);
    const at = times.findIndex(x => x >= t);
    if (at > 0) starts.push(at);
  }
  starts.push(values.length);
  const cuts = [...new Set(starts)].sort((a, b) => a - b);
  const low = new Array(values.length), high = new Array(values.length);
  for (let s = 0; s + 1 < cuts.length; s++) {
    const seg = values.slice(cuts[s], cuts[s + 1]);
    const mean = seg.reduce((a, b) => a + b, 0) / seg.length;
    const sd = seg.length > 1 ? Math.sqrt(seg.reduce((a, b) => a + (b - mean) ** 2, 0) / (seg.length - 1)) : 0;
    for (let i = cuts[s]; i < cuts[s + 1]; i++) { low[i] = mean - 2 * sd; high[i] = mean + 2 * sd; }
  }
  return { low, high };
}

function sparkline(canvas, values) {
  const ratio = window.devicePixelRatio || 1;
  const w = 160, h = 32;
  canvas.width = w * ratio; canvas.height = h * ratio;
  const g = canvas.getContext('2d');
  g.scale(ratio, ratio);
  if (!values.length) return;
  let min = Infinity, max = -Infinity;
  for (const v of values) { if (v < min) min = v; if (v > max) max = v; }
  const span = max - min || 1;
  g.strokeStyle = COLORS[0]; g.lineWidth = 1.2; g.beginPath();
  values.forEach((v, i) => {
    const x = values.length === 1 ? w / 2 : i / (values.length - 1) * (w - 2) + 1;
    const y = h - 2 - (v - min) / span * (h - 4);
    if (i) g.lineTo(x, y); else g.moveTo(x, y);
  });
  g.stroke();
}

/**
 * A time chart of several series: their values overlaid, the first one's band and change points
 * marked; hovering shows the run, commit and value, and clicking opens the run.
 */
async function timeChart(target, pointsList, opts) {
  const width = Math.max(320, target.clientWidth || 1000);
  const runs = await Promise.all(pointsList.map(pointRuns));
  const tables = pointsList.map(p => [Array.from(p.at, t => t / 1000), Array.from(p.value)]);
  const first = pointsList[0];
  const firstBand = band(Array.from(first.value), Array.from(first.at), first.changes);
  const positive = v => (opts && opts.log && !(v > 0) ? null : v);
  tables[0].push(firstBand.low.map(positive), firstBand.high.map(positive));
  const data = tables.length === 1 ? tables[0] : uPlot.join(tables);
  const labels = pointsList.map(p => p.series.name + (pointsList.some(q => q !== p && q.series.name === p.series.name) ? ' @' + p.series.machine : ''));
  const series = [{}];
  // the series' values, then (after the first) its band's two lines
  pointsList.forEach((p, i) => {
    series.push({ label: labels[i], stroke: COLORS[i % COLORS.length], width: 1.5, spanGaps: true,
      points: { show: p.at.length < 200, size: 4 }, value: (u, v) => fmt(v) + ' ' + p.series.unit });
    if (i === 0) {
      series.push({ label: 'band low', stroke: 'rgba(47,111,222,.25)', width: 1, dash: [4, 4], show: true, spanGaps: true, value: (u, v) => fmt(v) });
      series.push({ label: 'band high', stroke: 'rgba(47,111,222,.25)', width: 1, dash: [4, 4], show: true, spanGaps: true, value: (u, v) => fmt(v) });
    }
  });
  // uPlot.join puts each table's columns in order: first's value, low, high, then the others' values
  const tooltip = el('div', { class: 'tooltip' });
  const changeTimes = (first.changes || []).map(c => Date.parse(c.started_at) / 1000);
  const plot = new uPlot({
    width, height: opts && opts.height || 340,
    scales: { x: { time: true }, y: { distr: opts && opts.log ? 3 : 1 } },
    series,
    bands: [{ series: [3, 2], fill: 'rgba(47,111,222,.08)' }],
    axes: [{}, { size: 70, values: (u, vals) => vals.map(v => fmt(v)) }],
    cursor: { drag: { x: true, y: false }, points: { size: 6 } },
    hooks: {
      draw: [u => {
        const g = u.ctx;
        g.save();
        g.strokeStyle = '#c0262d'; g.lineWidth = 1.5; g.setLineDash([6, 3]);
        for (const t of changeTimes) {
          const x = u.valToPos(t, 'x', true);
          if (x < u.bbox.left || x > u.bbox.left + u.bbox.width) continue;
          g.beginPath(); g.moveTo(x, u.bbox.top); g.lineTo(x, u.bbox.top + u.bbox.height); g.stroke();
        }
        g.restore();
      }],
      setCursor: [u => {
        const i = u.cursor.idx;
        const hit = i === null || i === undefined ? null : nearest(u, i);
        if (!hit) { tooltip.style.display = 'none'; return; }
        put(tooltip, 
          el('div', { text: hit.label }),
          el('div', { text: 'value ' + fmt(hit.value) + ' ' + hit.unit }),
          el('div', { text: 'run ' + hit.run }),
          el('div', { text: 'commit ' + short(hit.commit) + ' · ' + when(hit.t * 1000) }));
        tooltip.style.display = 'block';
        tooltip.style.left = (u.cursor.left + u.over.offsetLeft + 14) + 'px';
        tooltip.style.top = (u.cursor.top + u.over.offsetTop + 14) + 'px';
      }],
    },
  }, data, target);
  // which series' point is under the cursor at index i: the first that has a value there
  function nearest(u, i) {
    const t = u.data[0][i];
    const order = [];
    pointsList.forEach((p, k) => order.push(k));
    for (const k of order) {
      const j = pointsList[k].at.findIndex(a => a / 1000 === t);
      if (j >= 0) return { label: labels[k], value: pointsList[k].value[j], unit: pointsList[k].series.unit,
        run: runs[k].ids[j], commit: runs[k].commits[j], t };
    }
    return null;
  }
  target.style.position = 'relative';
  target.append(tooltip);
  plot.over.addEventListener('click', () => {
    const i = plot.cursor.idx;
    const hit = i === null || i === undefined ? null : nearest(plot, i);
    if (hit) window.location.href = 'run.html?id=' + encodeURIComponent(hit.run);
  });
  plot.over.addEventListener('wheel', e => {
    e.preventDefault();
    const { min, max } = plot.scales.x;
    const at = plot.posToVal(e.offsetX, 'x');
    const k = e.deltaY < 0 ? 0.8 : 1.25;
    plot.setScale('x', { min: at - (at - min) * k, max: at + (max - at) * k });
  }, { passive: false });
  plot.over.addEventListener('dblclick', () => plot.setScale('x', { min: data[0][0], max: data[0][data[0].length - 1] }));
  return plot;
}

function pan(plot, direction) {
  const { min, max } = plot.scales.x;
  const step = (max - min) * 0.25 * direction;
  plot.setScale('x', { min: min + step, max: max + step });
}

/** Horizontal bars of changes in percent, coloured by level. */
function barChart(target, changes) {
  const rows = changes.slice(0, 40);
  const ratio = window.devicePixelRatio || 1;
  const width = Math.max(400, target.clientWidth || 900), rowH = 18, left = 360, h = rows.length * rowH + 30;
  const canvas = el('canvas', { width: width * ratio, height: h * ratio, 'aria-label': 'bar chart of changes' });
  canvas.style.width = width + 'px'; canvas.style.height = h + 'px';
  put(target, canvas);
  const g = canvas.getContext('2d');
  g.scale(ratio, ratio);
  const max = Math.max(1, ...rows.map(c => Math.abs(c.change_pct || 0)));
  const mid = left + (width - left - 20) / 2, half = (width - left - 20) / 2 - 40;
  g.font = '12px system-ui, sans-serif';
  g.strokeStyle = '#98a2b3'; g.beginPath(); g.moveTo(mid, 4); g.lineTo(mid, h - 22); g.stroke();
  rows.forEach((c, i) => {
    const y = i * rowH + 6;
    const v = c.change_pct || 0;
    const color = c.kind === 'improvement' ? '#15803d' : c.level === 'critical' ? '#c0262d' : c.level === 'warning' ? '#d97706' : c.level === 'info' ? '#2f6fde' : '#98a2b3';
    g.fillStyle = '#1d2330'; g.textAlign = 'right';
    const name = seriesName(c);
    g.fillText(name.length > 56 ? name.slice(0, 55) + '…' : name, left - 8, y + 11);
    g.fillStyle = color;
    const w = v / max * half;
    g.fillRect(w >= 0 ? mid : mid + w, y + 2, Math.abs(w), rowH - 6);
    g.fillStyle = '#1d2330'; g.textAlign = v >= 0 ? 'left' : 'right';
    g.fillText(pct(c.change_pct), mid + w + (v >= 0 ? 4 : -4), y + 11);
  });
  g.fillStyle = '#667085'; g.textAlign = 'center';
  g.fillText('change, % (bad is the side the metric should not go)', mid, h - 6);
}

function seriesName(c) {
  const p = paramsText(c.params);
  return c.suite + '.' + c.benchmark + (p ? '[' + p + ']' : '') + ' ' + c.metric;
}

// ---------- pages ----------

async function overview() {
  const live = el('div', {}, el('p', { class: 'muted', text: STATIC ? 'The static site shows no live runs.' : 'No run in progress.' }));
  const latest = el('div', {}, el('p', { class: 'muted', text: 'Loading…' }));
  const alerts = el('div', {});
  const health = el('div', {});
  const adoption = el('div', {});
  put(MAIN, el('h1', { text: 'Overview' }), section('Runs in progress', live), section('Latest run', latest),
    section('Open alerts', alerts), section('Health of the history', health),
    section('Pre-commit check adoption', adoption));
  async function load() {
    const o = await api('overview');
    drawLatest(latest, o.latest);
    drawAlerts(alerts, o.open_alerts);
    drawHealth(health, o.health);
    drawAdoption(adoption, o.adoption);
  }
  await load();
  if (!STATIC) {
    drawLive(live, await api('live'));
    const events = new EventSource('api/events');
    events.addEventListener('live', async () => drawLive(live, await api('live')));
    events.addEventListener('stored', () => load().catch(e => fail(latest, e)));
    events.addEventListener('alert', () => load().catch(e => fail(alerts, e)));
    window.addEventListener('beforeunload', () => events.close());
  }
}

function drawLive(target, runs) {
  if (!runs.length) { put(target, el('p', { class: 'muted', text: 'No run in progress.' })); return; }
  put(target, ...runs.map(r => {
    const done = (r.finished || []).length, total = r.total || 0;
    const bar = el('div', { class: 'progress' }, el('div', {}));
    bar.firstChild.style.width = (total ? Math.round(done / total * 100) : 0) + '%';
    return el('div', { class: 'live-run', 'data-live': r.live_id },
      el('div', { text: (r.state === 'done' ? 'finished: ' : 'running: ') + done + ' of ' + total + ' benchmarks'
        + (r.current ? ' · now ' + r.current : '') }),
      bar,
      table(['benchmark', 'status', { label: 'value', num: true }, { label: 'seconds', num: true }],
        (r.finished || []).slice().reverse().map(f => el('tr', {},
          el('td', { text: f.benchmark }), el('td', { text: f.status, class: f.status === 'ok' ? null : 'error' }),
          el('td', { class: 'num', text: f.value === undefined ? (f.error || '') : fmt(f.value) + ' ' + (f.unit || '') + ' ' + (f.metric || '') }),
          el('td', { class: 'num', text: fmt(f.seconds, 1) })))));
  }));
}

function drawLatest(target, latest) {
  if (!latest) { put(target, el('p', { class: 'muted', text: 'No run is stored yet.' })); return; }
  const r = latest.run;
  put(target, 
    el('p', {}, runLink(r.run_id), ' · ', when(r.started_at), ' · commit ', el('span', { class: 'mono', text: short(r.commit) }),
      ' · branch ', r.branch || '–', ' · ', r.profile, ' · ', r.source),
    el('p', { class: /^(CRITICAL|WARNING)/.test(latest.verdict) ? 'error' : null }, el('b', { text: latest.verdict })),
    latest.failed ? el('p', { class: 'error', text: latest.failed + ' benchmarks failed' }) : null,
    table(['series', { label: 'value', num: true }, 'unit'], latest.figures.slice(0, 50).map(f =>
      el('tr', {}, el('td', { text: f.series }), el('td', { class: 'num', text: fmt(f.value) }), el('td', { text: f.unit })))),
    latest.figures.length > 50 ? el('p', { class: 'muted', text: 'and ' + (latest.figures.length - 50) + ' more' }) : null);
}

function drawAlerts(target, alerts) {
  if (!alerts.length) { put(target, el('p', { class: 'muted', text: 'No open alert.' })); return; }
  put(target, table(['level', 'series', { label: 'change', num: true }, 'run', 'opened'], alerts.map(a =>
    el('tr', {}, el('td', { class: 'level-' + a.level, text: a.level }), el('td', { text: seriesName(a) + ' @' + a.machine }),
      el('td', { class: 'num', text: pct(a.change_pct) }), el('td', {}, runLink(a.run_id)), el('td', { text: when(a.opened_at) })))),
    el('p', {}, el('a', { href: 'alerts.html', text: 'All alerts →' })));
}

function drawHealth(target, h) {
  const a = h.alerts || {};
  const spread = s => s ? fmt(s.median, 1) + ' s (max ' + fmt(s.max, 1) + ' s, ' + s.count + ')' : '–';
  put(target, 
    el('div', { class: 'grid' },
      ...[['runs', fmt(h.runs, 0)], ['series', fmt(h.series, 0)], ['raw samples', fmt(h.samples, 0)],
        ['database', fmt(h.bytes / 1048576, 1) + ' MB'], ['alerts', fmt(a.alerts, 0)],
        ['alert precision', a.precision === null || a.precision === undefined ? '–' : fmt(a.precision * 100, 0) + '%'],
        ['stored → delivered', spread(a.stored_to_delivered_s)], ['commit → delivered', spread(a.commit_to_delivered_s)]]
        .map(([k, v]) => el('div', { class: 'stat' }, el('b', { text: v }), el('span', { class: 'muted', text: k })))),
    el('h2', { text: 'Last run per machine' }),
    table(['machine', 'run', 'started'], h.machines.map(m =>
      el('tr', {}, el('td', { class: 'mono', text: m.machine }), el('td', {}, runLink(m.run_id)), el('td', { text: when(m.started_at) })))));
}

function drawAdoption(target, a) {
  if (!a) { put(target, el('p', { class: 'muted', text: 'The dashboard runs outside a repository with a main branch.' })); return; }
  const pct = s => fmt(s * 100, 0) + '%';
  const share = a.commits ? a.checked / a.commits : 0;
  put(target,
    el('p', { 'data-adoption': String(share), class: share > 0.8 ? null : 'error',
      text: a.checked + ' of ' + a.commits + ' commits on ' + a.branch + ' in the last ' + a.since
        + ' had the pre-commit check (' + pct(share) + '; the goal is above 80%).' }),
    table(['author (hashed)', { label: 'commits', num: true }, { label: 'checked', num: true }, { label: 'share', num: true }],
      a.authors.map(x => el('tr', {}, el('td', { class: 'mono', text: x.author }), el('td', { class: 'num', text: fmt(x.commits, 0) }),
        el('td', { class: 'num', text: fmt(x.checked, 0) }), el('td', { class: 'num', text: pct(x.commits ? x.checked / x.commits : 0) })))));
}

async function trends() {
  const params = new URLSearchParams(window.location.search);
  const all = await api('series');
  const values = key => [...new Set(all.map(s => s[key]))].sort();
  const select = (key, label) => el('select', { 'data-filter': key, 'aria-label': label },
    el('option', { value: '', text: 'any ' + label }), ...values(key).map(v => el('option', { value: v, text: v, selected: params.get(key) === v })));
  const search = el('input', { type: 'search', placeholder: 'search series: words of its name or machine', value: params.get('q') || '', 'aria-label': 'search' });
  const paramBox = el('input', { type: 'text', placeholder: 'param=value', value: params.get('param') || '', 'aria-label': 'param' });
  const branch = el('input', { type: 'text', placeholder: 'branch', value: params.get('branch') || '', 'aria-label': 'branch' });
  const log = el('input', { type: 'checkbox', id: 'log' });
  const selects = [select('suite', 'suite'), select('benchmark', 'benchmark'), select('metric', 'metric'), select('machine', 'machine')];
  const chart = el('div', { class: 'chart', id: 'chart' });
  const list = el('div', { class: 'series-list' });
  const count = el('span', { class: 'muted' });
  let plot = null, shown = [], chosen = new Set(params.getAll('series').map(Number)), drawing = 0;
  const left = el('button', { text: '← pan', onclick: () => plot && pan(plot, -1) });
  const right = el('button', { text: 'pan →', onclick: () => plot && pan(plot, 1) });
  put(MAIN, el('h1', { text: 'Trends' }),
    el('div', { class: 'filters' }, search, ...selects, paramBox, branch, el('label', {}, log, ' log scale'), left, right, count),
    section(null, chart, el('p', { class: 'muted', text: 'Drag to zoom, wheel to zoom, double-click to reset; the dashed red lines are change points, the dotted band is each segment\'s mean ± 2 SD; click a point to open its run.' })),
    section('Series', list));
  function query() {
    const q = { q: search.value.trim(), branch: branch.value.trim() };
    for (const s of selects) q[s.dataset.filter] = s.value;
    const p = paramBox.value.split('=');
    if (p.length === 2 && p[0].trim()) q['param.' + p[0].trim()] = p[1].trim();
    return q;
  }
  async function draw() {
    const picked = shown.filter(p => chosen.has(p.series.id)).slice(0, COLORS.length);
    // by default the first series and the next two in its unit: one axis, one scale
    const sameUnit = shown.filter(p => shown.length && p.series.unit === shown[0].series.unit).slice(0, 3);
    const ids = (picked.length ? picked : sameUnit).map(p => p.series.id);
    // a later draw (typing on, a checkbox) supersedes this one: only the newest reaches the page
    const mine = ++drawing;
    const use = await Promise.all(ids.map(id => api('series/' + id + '/points', { branch: branch.value.trim() })));
    if (mine !== drawing) return;
    put(chart);
    if (plot) { plot.destroy(); plot = null; }
    if (use.length) {
      const drawn = await timeChart(chart, use, { log: log.checked });
      if (mine !== drawing) { drawn.destroy(); return; }
      plot = drawn;
    } else {
      chart.append(el('p', { class: 'muted', text: 'No series matches.' }));
    }
    chart.dataset.drawn = ids.join(' ');
  }
  async function load() {
    const q = query();
    shown = await api('trends', q);
    count.textContent = shown.length + ' of ' + all.length + ' series';
    const rows = shown.map(p => {
      const canvas = el('canvas', { class: 'spark' });
      const box = el('input', { type: 'checkbox', checked: chosen.has(p.series.id), 'aria-label': 'overlay', onchange: e => {
        if (e.target.checked) chosen.add(p.series.id); else chosen.delete(p.series.id);
        draw();
      } });
      const last = p.value.length ? p.value[p.value.length - 1] : null;
      const row = el('tr', { 'data-series': p.series.id }, el('td', {}, box), el('td', { text: p.series.name }),
        el('td', { class: 'mono', text: p.series.machine }), el('td', { class: 'num', text: fmt(last) + ' ' + p.series.unit }),
        el('td', { class: 'num', text: p.changes ? p.changes.length : p.change_points }), el('td', {}, canvas));
      return { row, canvas, values: Array.from(p.value) };
    });
    put(list, table(['', 'series', 'machine', { label: 'latest', num: true }, 'change points', 'trend'], rows.map(r => r.row)));
    rows.forEach(r => sparkline(r.canvas, r.values));
    await draw();
    const url = new URL(window.location.href);
    url.search = new URLSearchParams(Object.entries(q).filter(([, v]) => v)).toString();
    window.history.replaceState(null, '', url);
  }
  let timer = null;
  const later = () => { clearTimeout(timer); timer = setTimeout(() => load().catch(e => fail(list, e)), 200); };
  search.addEventListener('input', later);
  paramBox.addEventListener('change', later);
  branch.addEventListener('change', later);
  selects.forEach(s => s.addEventListener('change', later));
  log.addEventListener('change', () => draw());
  await load();
}

async function compare() {
  const runs = await api('runs', { limit: 200 });
  const options = selected => runs.map(r => el('option', { value: r.run_id, text: when(r.started_at) + ' · ' + short(r.commit) + ' · ' + (r.branch || '') + ' · ' + r.run_id, selected: r.run_id === selected }));
  const params = new URLSearchParams(window.location.search);
  // by default the newest run against the one before it of its profile and machine
  const previous = runs.slice(1).find(r => runs[0] && r.profile === runs[0].profile && r.machine === runs[0].machine);
  const base = el('select', { 'aria-label': 'base run' }, ...options(params.get('base') || (previous || runs[0] || {}).run_id));
  const head = el('select', { 'aria-label': 'head run' }, ...options(params.get('head') || (runs[0] || {}).run_id));
  const run = el('select', { 'aria-label': 'run' }, ...options(params.get('run') || (runs[0] || {}).run_id));
  const param = el('input', { type: 'text', value: params.get('param') || '', placeholder: 'param, e.g. model', 'aria-label': 'param', size: 10 });
  const a = el('input', { type: 'text', value: params.get('a') || '', 'aria-label': 'base value', size: 14 });
  const b = el('input', { type: 'text', value: params.get('b') || '', 'aria-label': 'head value', size: 14 });
  // the first param of the chosen run with two values or more, and its first two values, as the defaults
  async function suggest() {
    if (STATIC || !run.value) return;
    const values = new Map();
    for (const r of (await api('runs/' + encodeURIComponent(run.value))).results) {
      for (const [k, v] of Object.entries(r.params || {})) {
        if (!values.has(k)) values.set(k, new Set());
        values.get(k).add(String(v));
      }
    }
    const found = [...values].find(([k, vs]) => (!params.get('param') || k === params.get('param')) && vs.size >= 2);
    if (!found) return;
    const [first, second] = [...found[1]];
    if (!param.value) param.value = found[0];
    if (!a.value) a.value = first;
    if (!b.value) b.value = second;
  }
  run.addEventListener('change', () => { param.value = ''; a.value = ''; b.value = ''; suggest(); });
  const out = el('div', {});
  const baseSpec = el('input', { type: 'text', placeholder: 'or a commit or branch', 'aria-label': 'base commit or branch', size: 18 });
  const headSpec = el('input', { type: 'text', placeholder: 'or a commit or branch', 'aria-label': 'head commit or branch', size: 18 });
  const go = el('button', { class: 'primary', text: 'Compare', onclick: () => show({ base: baseSpec.value.trim() || base.value, head: headSpec.value.trim() || head.value }) });
  const goParam = el('button', { class: 'primary', text: 'Compare within the run', onclick: () => show({ run: run.value, param: param.value, base: a.value, head: b.value }) });
  put(MAIN, ...[el('h1', { text: 'Compare' }),
    STATIC ? el('p', { class: 'muted', text: 'The static site holds one comparison: the newest run against the one before it of its profile and machine.' }) : null,
    STATIC ? null : section('Two runs, commits or branches (base, then head)', el('div', { class: 'filters' }, base, baseSpec), el('div', { class: 'filters' }, head, headSpec, go)),
    STATIC ? null : section('Model against model, in one run', el('div', { class: 'filters' }, run, param, a, el('span', { text: 'against' }), b, goParam)),
    out].filter(Boolean));
  async function show(q) {
    put(out, el('p', { class: 'muted', text: 'Comparing…' }));
    try {
      const c = await api('compare', q);
      const changes = c.changes.slice().sort((x, y) => Math.abs(y.change_pct || 0) - Math.abs(x.change_pct || 0));
      const bars = el('div', { class: 'bars' });
      put(out, 
        section('Verdict', el('p', {}, el('b', { text: verdictOf(c) })), el('p', { class: 'muted', text: 'base ' + c.base.run_id + ' · head ' + c.head.run_id })),
        section('Changes', bars),
        section('Table', table(['level', 'kind', 'series', { label: 'change', num: true }, { label: 'interval', num: true }, { label: 'q', num: true }, { label: 'MDE', num: true }, 'power', 'forks'],
          changes.map(ch => el('tr', {}, el('td', { class: 'level-' + ch.level, text: ch.inconclusive ? 'undecided' : ch.level }),
            el('td', { class: ch.kind === 'improvement' ? 'improvement' : null, text: ch.kind }), el('td', { text: seriesName(ch) }),
            el('td', { class: 'num', text: pct(ch.change_pct) }),
            el('td', { class: 'num', text: ch.ci_pct ? '[' + pct(ch.ci_pct[0]) + ', ' + pct(ch.ci_pct[1]) + ']' : '–' }),
            el('td', { class: 'num', text: ch.q_value === null || ch.q_value === undefined ? '–' : ch.q_value.toPrecision(2) }),
            el('td', { class: 'num', text: ch.mde_pct === null || ch.mde_pct === undefined ? '–' : '±' + ch.mde_pct.toFixed(1) + '%' }),
            el('td', { text: ch.underpowered ? 'underpowered' + (ch.forks_needed ? ': ' + ch.forks_needed + ' forks needed' : '') : ch.underpowered === false ? 'enough' : '–' }),
            el('td', { text: (ch.forks || []).join(' / ') }))))));
      barChart(bars, changes.filter(ch => ch.change_pct !== null && ch.change_pct !== undefined));
    } catch (e) {
      fail(out, e);
    }
  }
  await suggest();
  if (STATIC || (params.get('base') && params.get('head')) || previous) await show(STATIC ? {} : { base: base.value, head: head.value });
  else put(out, el('p', { class: 'muted', text: 'The newest run is the first of its profile and machine: choose two runs to compare.' }));
}

function verdictOf(c) {
  const s = c.summary;
  const worst = s.critical ? 'CRITICAL' : s.warning ? 'WARNING' : s.info ? 'INFO' : null;
  return (worst ? worst + ': ' : 'no regression: ') + s.critical + ' critical, ' + s.warning + ' warning, ' + s.info + ' info, '
    + s.improvements + ' improvements, ' + s.undecided + ' undecided' + (s.inconclusive ? ', ' + s.inconclusive + ' key metrics not decided' : '');
}

async function alertsPage() {
  const params = new URLSearchParams(window.location.search);
  let state = params.get('state') || 'open';
  const tabs = el('div', { class: 'filters tabs' });
  const token = el('input', { type: 'password', placeholder: 'write token (for the buttons)', 'aria-label': 'token', value: sessionStorage.getItem('rfcc-token') || '' });
  token.addEventListener('change', () => sessionStorage.setItem('rfcc-token', token.value));
  const list = el('div', {});
  put(MAIN, ...[el('h1', { text: 'Alerts' }), tabs, STATIC ? null : el('div', { class: 'filters' }, token,
    el('span', { class: 'muted', text: 'Acknowledge, expected and dismiss need a token: rfcc-bench tokens create NAME' })), list].filter(Boolean));
  const series = await api('series');
  const key = s => [s.suite, s.benchmark, JSON.stringify(s.params), s.metric, s.machine, s.profile].join('\u0000');
  const byKey = new Map(series.map(s => [key(s), s.id]));
  async function load() {
    put(tabs, ...STATES.concat(['all']).map(s => el('button', { text: s, class: s === state ? 'active' : null, onclick: () => { state = s; load(); } })));
    const alerts = await api('alerts', { state });
    const charts = [];
    if (!alerts.length) { put(list, el('p', { class: 'muted', text: 'No ' + state + ' alert.' })); return; }
    put(list, ...alerts.map(a => {
      const chart = el('div', { class: 'chart' });
      const message = el('p', { class: 'error' });
      const act = move => el('button', { text: move, disabled: STATIC || a.state !== 'open' && move !== 'dismiss' || ['dismissed', 'resolved'].includes(a.state), 'data-move': move,
        onclick: async () => {
          message.textContent = '';
          const r = await fetch('api/alerts/' + a.id + '/' + move, { method: 'POST', headers: { Authorization: 'Bearer ' + token.value, 'Content-Type': 'application/json' }, body: '{}' });
          if (r.ok) load(); else message.textContent = (await r.json().catch(() => ({ error: r.statusText }))).error;
        } });
      const card = section(null,
        el('div', {}, el('b', { class: 'level-' + a.level, text: a.level.toUpperCase() }), ' ', el('span', { text: seriesName(a) }), ' ',
          el('span', { class: 'muted', text: '@' + a.machine + ' · ' + a.kind + ' · ' + a.state })),
        el('div', {}, 'change ', pct(a.change_pct), a.change_ci_pct ? ' [' + pct(a.change_ci_pct[0]) + ', ' + pct(a.change_ci_pct[1]) + ']' : '',
          ' · from ', fmt(a.baseline_value), ' to ', fmt(a.value), ' · run ', runLink(a.run_id), ' · commit ', el('span', { class: 'mono', text: short(a.commit) }),
          ' · opened ', when(a.opened_at)),
        chart,
        STATIC ? null : el('div', { class: 'actions' }, act('ack'), act('expected'), act('dismiss')),
        message);
      card.classList.add('alert', 'lvl-' + a.level);
      card.dataset.alert = a.id;
      const id = byKey.get(key(a));
      if (id !== undefined) {
        charts.push(api('series/' + id + '/points', { newest: STATIC ? '' : 200 }).then(p => timeChart(chart, [p], { height: 180 })).catch(e => fail(chart, e)));
      }
      return card;
    }));
    await Promise.all(charts);
  }
  await load();
}

async function resources() {
  const r = await api('resources');
  const newest = el('div', {});
  const over = el('div', {});
  put(MAIN, el('h1', { text: 'Resources' }),
    section('The newest run, per benchmark: each iteration\'s sample (fork × iteration, in the order taken)', newest),
    section('Over time', over));
  if (!r.newest.length) newest.append(el('p', { class: 'muted', text: 'No stored run has resource metrics (CPU, RSS, heap, GC, GPU).' }));
  for (const [metric, ms] of byMetric(r.newest)) {
    const chart = el('div', { class: 'chart' });
    add(newest, el('h2', { text: metric + ' (' + ms[0].unit + ')' }), chart,
      table(['series', { label: 'value', num: true }], ms.slice(0, 20).map(m => el('tr', {}, el('td', { text: m.series }), el('td', { class: 'num', text: fmt(m.value) + ' ' + m.unit })))),
      ms.length > 20 ? el('p', { class: 'muted', text: 'and ' + (ms.length - 20) + ' more benchmarks' }) : null);
    samplesChart(chart, ms.slice(0, COLORS.length));
  }
  for (const [metric, ss] of byMetric(r.series)) {
    const chart = el('div', { class: 'chart' });
    const points = (await Promise.all(ss.slice(0, 6).map(s => api('series/' + s.id + '/points', { newest: STATIC ? '' : 300 }))))
      .filter(p => p.at.length >= 2);
    if (!points.length) continue; // one run is no trend yet
    over.append(el('h2', { text: metric }), chart);
    await timeChart(chart, points, { height: 220 });
  }
}

function byMetric(items) {
  const groups = new Map();
  for (const item of items) {
    if (!groups.has(item.metric)) groups.set(item.metric, []);
    groups.get(item.metric).push(item);
  }
  return groups;
}

/** Each benchmark's resource samples in the order they were taken: the pattern of use while it ran. */
function samplesChart(target, metrics) {
  const longest = Math.max(...metrics.map(m => m.samples.flat().length));
  const x = Array.from({ length: longest }, (_, i) => i + 1);
  const data = [x, ...metrics.map(m => { const s = m.samples.flat(); return x.map((_, i) => i < s.length ? s[i] : null); })];
  return new uPlot({
    width: Math.max(320, target.clientWidth || 1000), height: 200,
    scales: { x: { time: false } },
    series: [{ label: 'sample' }, ...metrics.map((m, i) => ({ label: m.series, stroke: COLORS[i % COLORS.length], width: 1.5, spanGaps: true }))],
    axes: [{ label: 'sample (fork × iteration)', incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500] }, { size: 60 }],
  }, data, target);
}

async function runPage() {
  const id = new URLSearchParams(window.location.search).get('id');
  if (!id) { put(MAIN, el('p', { class: 'error', text: 'No run named: run.html?id=RUN' })); return; }
  const run = await api('runs/' + encodeURIComponent(id));
  const git = run.git || {};
  const machine = run.machine || {};
  const rows = [];
  for (const r of run.results) {
    const metrics = Object.entries(r.metrics || {});
    if (!metrics.length) rows.push(el('tr', {}, el('td', { text: r.suite + '.' + r.benchmark }), el('td', { text: paramsText(r.params) }), el('td', { class: 'error', text: r.error || r.status }), el('td', {}), el('td', {})));
    for (const [name, m] of metrics) {
      rows.push(el('tr', {}, el('td', { text: r.suite + '.' + r.benchmark }), el('td', { text: paramsText(r.params) }), el('td', { text: name }),
        el('td', { class: 'num', text: fmt(m.value) + ' ' + m.unit }), el('td', { class: 'num', text: m.ci ? '[' + fmt(m.ci[0]) + ', ' + fmt(m.ci[1]) + ']' : '' })));
    }
  }
  put(MAIN, el('h1', {}, 'Run ', el('span', { class: 'mono', text: run.run_id })),
    section(null, table(['', ''], [['started', when(run.started_at)], ['finished', when(run.finished_at)], ['profile', run.profile], ['source', run.source],
      ['commit', git.commit || '–'], ['branch', git.branch || '–'], ['message', git.message || '–'], ['machine', machine.fingerprint || '–']]
      .map(([k, v]) => el('tr', {}, el('th', { text: k }), el('td', { text: v }))))),
    section('Results', table(['benchmark', 'params', 'metric', { label: 'value', num: true }, { label: 'interval', num: true }], rows)));
}

const PAGES = { index: overview, trends, compare, alerts: alertsPage, resources, run: runPage };

document.querySelectorAll('[data-nav]').forEach(a => { if (a.dataset.nav === PAGE) a.classList.add('active'); });
document.getElementById('mode').textContent = STATIC ? 'static copy, read-only' : 'live dashboard';
// window.rfccReady: when the page was drawn, in ms since navigation began (the Performance API), for tests and people
(PAGES[PAGE] || overview)()
  .catch(e => fail(MAIN, e))
  .finally(() => { performance.mark('rfcc-ready'); window.rfccReady = performance.now(); });
