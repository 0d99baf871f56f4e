// @ts-check
/**
 * Where long tasks come from: reads a Chromium performance trace of the page's main thread
 * and breaks every task of 50 ms or more down by what the browser did (script, style,
 * layout, paint, garbage collection…) and by the JavaScript functions the sampling profiler
 * caught inside it.
 */

/** Trace categories to record: the DevTools timeline plus the JS sampling profiler. */
export const TRACE_CATEGORIES = [
  "-*",
  "toplevel",
  "devtools.timeline",
  "disabled-by-default-devtools.timeline",
  "v8.execute",
  "disabled-by-default-v8.cpu_profiler",
  "blink.user_timing",
];

/** Performance marks the scroll sets; tasks count from navigation (the trace's start) to the end mark. */
export const SCROLL_MARKS = { start: "bench:scroll-start", end: "bench:scroll-end" };

/**
 * @typedef {{
 *   name: string, cat?: string, ph: string, ts: number, dur?: number, pid: number,
 *   tid: number, id?: string, args?: any
 * }} TraceEvent
 * @typedef {{ label: string, ms: number }} Share
 */

/** @param {Map<string, number>} totals @param {number} limit @returns {Share[]} */
function top(totals, limit) {
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([label, us]) => ({ label, ms: Math.round(us / 100) / 10 }));
}

/** @param {Map<string, number>} totals @param {string} key @param {number} us */
function add(totals, key, us) {
  totals.set(key, (totals.get(key) ?? 0) + us);
}

/** The busiest renderer main thread: the page's. @param {TraceEvent[]} events */
function pageMainThread(events) {
  const mains = new Set(
    events
      .filter((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain")
      .map((e) => `${e.pid}:${e.tid}`),
  );
  /** @type {Map<string, number>} */
  const busy = new Map();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph === "X" && e.name === "RunTask" && mains.has(key)) add(busy, key, e.dur ?? 0);
  }
  const [best] = [...busy].sort((a, b) => b[1] - a[1]);
  if (!best) return null;
  const [pid = 0, tid = 0] = best[0].split(":").map(Number);
  return { pid, tid };
}

/**
 * "name (file:line:column)", 1-based, for a profiler call frame (0-based) or a FunctionCall
 * event's data (1-based).
 * @param {any} frame
 * @param {0 | 1} base
 */
function functionLabel(frame, base) {
  const name = frame.functionName || "(anonymous)";
  if (!frame.url) return name;
  const file = String(frame.url).replace(/^.*\//, "");
  const line = (frame.lineNumber ?? 0) + 1 - base;
  const column = (frame.columnNumber ?? 0) + 1 - base;
  return `${name} (${file}:${line}:${column})`;
}

/**
 * JavaScript samples on the page's thread: [timestamp µs, function label, µs] triples.
 * @param {TraceEvent[]} events
 * @param {number} pid
 */
function jsSamples(events, pid) {
  /** @type {Map<string, { start: number, nodes: Map<number, any>, samples: number[], deltas: number[] }>} */
  const profiles = new Map();
  for (const e of events) {
    if (e.pid !== pid || !e.id) continue;
    if (e.name === "Profile") {
      profiles.set(e.id, {
        start: e.args?.data?.startTime ?? e.ts,
        nodes: new Map(),
        samples: [],
        deltas: [],
      });
    } else if (e.name === "ProfileChunk") {
      const profile = profiles.get(e.id);
      const data = e.args?.data;
      if (!profile || !data) continue;
      for (const node of data.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node);
      profile.samples.push(...(data.cpuProfile?.samples ?? []));
      profile.deltas.push(...(data.timeDeltas ?? []));
    }
  }
  /** @type {{ ts: number, label: string, us: number }[]} */
  const out = [];
  for (const profile of profiles.values()) {
    let ts = profile.start;
    for (let i = 0; i < profile.samples.length; i++) {
      ts += profile.deltas[i] ?? 0;
      const next = profile.deltas[i + 1] ?? 0;
      const node = profile.nodes.get(profile.samples[i] ?? -1);
      const frame = node?.callFrame;
      if (!frame || /^\((idle|program|root)\)$/.test(frame.functionName)) continue;
      out.push({ ts, label: functionLabel(frame, 0), us: next });
    }
  }
  return out.sort((a, b) => a.ts - b.ts);
}

/**
 * @param {Buffer | string} trace the JSON Playwright's `browser.stopTracing()` returns
 * @param {number} thresholdMs
 */
export function longTaskBreakdown(trace, thresholdMs = 50) {
  const parsed = JSON.parse(String(trace));
  /** @type {TraceEvent[]} */
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const thread = pageMainThread(events);
  if (!thread) return { longTasks: 0, byActivity: [], byFunction: [], longest: [] };
  const onThread = events
    .filter((e) => e.ph === "X" && e.pid === thread.pid && e.tid === thread.tid)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const mark = (/** @type {string} */ name) => events.find((e) => e.name === name)?.ts;
  const to = mark(SCROLL_MARKS.end) ?? Number.POSITIVE_INFINITY;
  const long = onThread.filter(
    (e) => e.name === "RunTask" && (e.dur ?? 0) >= thresholdMs * 1000 && e.ts < to,
  );
  const samples = jsSamples(events, thread.pid);

  /** @type {Map<string, number>} */
  const byActivity = new Map();
  /** @type {Map<string, number>} */
  const byFunction = new Map();
  const tasks = long.map((task) => {
    const end = task.ts + (task.dur ?? 0);
    const inside = onThread.filter((e) => e !== task && e.ts >= task.ts && e.ts < end);
    /** @type {Map<string, number>} */
    const activity = new Map();
    /** Self time: each event's duration less that of the events nested directly in it. */
    /** @type {{ event: TraceEvent, end: number, self: number }[]} */
    const stack = [];
    const close = () => {
      const done = stack.pop();
      if (done) add(activity, activityName(done.event), Math.max(0, done.self));
    };
    for (const event of inside) {
      while (stack.length && (stack.at(-1)?.end ?? 0) <= event.ts) close();
      const parent = stack.at(-1);
      if (parent) parent.self -= event.dur ?? 0;
      stack.push({ event, end: event.ts + (event.dur ?? 0), self: event.dur ?? 0 });
    }
    while (stack.length) close();
    const covered = [...activity.values()].reduce((a, b) => a + b, 0);
    add(activity, "(other browser work)", Math.max(0, (task.dur ?? 0) - covered));
    for (const [key, us] of activity) add(byActivity, key, us);

    /** @type {Map<string, number>} */
    const functions = new Map();
    for (const s of samples) if (s.ts >= task.ts && s.ts < end) add(functions, s.label, s.us);
    for (const [key, us] of functions) add(byFunction, key, us);
    return {
      durationMs: Math.round((task.dur ?? 0) / 1000),
      activity: top(activity, 4),
      functions: top(functions, 3),
    };
  });
  return {
    longTasks: long.length,
    byActivity: top(byActivity, 10),
    byFunction: top(byFunction, 10),
    longest: tasks.sort((a, b) => b.durationMs - a.durationMs).slice(0, 5),
  };
}

/** A readable name for a trace event, with the callback kind or script where useful. @param {TraceEvent} e */
function activityName(e) {
  const data = e.args?.data ?? e.args?.beginData ?? {};
  switch (e.name) {
    case "FunctionCall":
      return `Script: ${functionLabel(data, 1)}`;
    case "EventDispatch":
      return `Event: ${data.type ?? "?"}`;
    case "EvaluateScript":
    case "v8.compile":
    case "v8.compileModule":
    case "v8.evaluateModule":
      return `Script: ${e.name} ${String(data.url ?? "").replace(/^.*\//, "")}`.trim();
    default:
      return e.name;
  }
}
