import { ROOT_CONTEXT, SpanKind, TraceFlags, trace } from '@opentelemetry/api';
import type { Context } from '@opentelemetry/api';
import { ParentBasedSampler, SamplingDecision, TraceIdRatioBasedSampler } from '@opentelemetry/sdk-trace-base';
import { createHash } from 'node:crypto';

interface FinishedTrace { traceId: string; error: boolean; durationMs: number }
interface Stats { kept: number; errors: number; slow: number }

// Fixed, random-looking trace ids so the demo prints the same numbers every run.
const traceIdFor = (i: number): string => createHash('sha256').update(`trace-${i}`).digest('hex').slice(0, 32);

// HEAD sampling: decided when the root span starts, before anyone knows how the request ends.
const head = new ParentBasedSampler({ root: new TraceIdRatioBasedSampler(0.1) });
const sampled = (ctx: Context, traceId: string): boolean =>
  head.shouldSample(ctx, traceId, 'GET /search', SpanKind.SERVER, {}, []).decision === SamplingDecision.RECORD_AND_SAMPLED;

// Downstream services follow the caller's flag, so a trace is never half-recorded.
const remoteParent = (flags: TraceFlags): Context => trace.setSpanContext(ROOT_CONTEXT, {
  traceId: traceIdFor(1), spanId: '00f067aa0ba902b7', traceFlags: flags, isRemote: true,
});
console.log('child of sampled parent   ->', sampled(remoteParent(TraceFlags.SAMPLED), traceIdFor(1)));
console.log('child of unsampled parent ->', sampled(remoteParent(TraceFlags.NONE), traceIdFor(1)));

// 10,000 finished traces: ~1% errors, ~2% slow. Known only AFTER they end.
const traces: FinishedTrace[] = Array.from({ length: 10_000 }, (_, i) => ({
  traceId: traceIdFor(i),
  error: i % 97 === 0,
  durationMs: i % 53 === 0 ? 1_800 : 40 + (i % 200),
}));

// TAIL sampling: a collector buffers each trace's spans, then applies policies to the whole trace.
const baselineKeep = (traceId: string): boolean => parseInt(traceId.slice(-8), 16) / 0xffffffff < 0.05; // 5% of the rest
const tailKeep = (t: FinishedTrace): boolean => t.error || t.durationMs > 1_000 || baselineKeep(t.traceId);

const stats: Record<'head' | 'tail', Stats> = { head: { kept: 0, errors: 0, slow: 0 }, tail: { kept: 0, errors: 0, slow: 0 } };
for (const t of traces) {
  const decisions = { head: sampled(ROOT_CONTEXT, t.traceId), tail: tailKeep(t) };
  for (const [kind, keep] of Object.entries(decisions) as Array<['head' | 'tail', boolean]>) {
    if (!keep) continue;
    stats[kind].kept += 1;
    if (t.error) stats[kind].errors += 1;
    if (t.durationMs > 1_000) stats[kind].slow += 1;
  }
}
const totalErrors = traces.filter((t) => t.error).length;
const totalSlow = traces.filter((t) => t.durationMs > 1_000).length;
console.log(`traces: ${traces.length}, with errors: ${totalErrors}, slow (>1000 ms): ${totalSlow}`);
for (const [kind, s] of Object.entries(stats)) {
  console.log(`${kind}: stored ${s.kept}, errors kept ${s.errors}/${totalErrors}, slow kept ${s.slow}/${totalSlow}`);
}
