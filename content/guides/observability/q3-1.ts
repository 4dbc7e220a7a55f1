import { context, defaultTextMapSetter, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { Context } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { ATTR_HTTP_REQUEST_METHOD, ATTR_HTTP_RESPONSE_STATUS_CODE, ATTR_HTTP_ROUTE, ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';

const exporter = new InMemorySpanExporter(); // tests/demos; production: OTLP exporter + BatchSpanProcessor
const provider = new BasicTracerProvider({
  resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: 'checkout' }),
  spanProcessors: [new SimpleSpanProcessor(exporter)],
});
const tracer = provider.getTracer('checkout-handlers', '1.0.0');

async function chargeCard(parentCtx: Context, amountCents: number): Promise<string> {
  const span = tracer.startSpan('psp.charge', { kind: SpanKind.CLIENT, attributes: { 'app.amount_cents': amountCents } }, parentCtx);
  try {
    if (amountCents > 10_000) throw new Error('card declined');
    return 'ch_123';
  } catch (err) {
    span.recordException(err as Error); // adds an "exception" event
    span.setStatus({ code: SpanStatusCode.ERROR, message: (err as Error).message }); // only our own Error is thrown here
    throw err;
  } finally {
    span.end(); // always end, or the span is never exported
  }
}

async function handleCheckout(amountCents: number): Promise<void> {
  const server = tracer.startSpan('POST /checkout', {
    kind: SpanKind.SERVER,
    attributes: { [ATTR_HTTP_REQUEST_METHOD]: 'POST', [ATTR_HTTP_ROUTE]: '/checkout' },
  });
  const ctx = trace.setSpan(context.active(), server); // explicit parent for the children
  const carrier: Record<string, string> = {};
  new W3CTraceContextPropagator().inject(ctx, carrier, defaultTextMapSetter);
  console.log('outgoing traceparent:', carrier.traceparent);
  const db = { 'db.system.name': 'postgresql', 'db.operation.name': 'SELECT', 'db.collection.name': 'orders' };
  tracer.startSpan('SELECT orders', { kind: SpanKind.CLIENT, attributes: db }, ctx).end();
  let status = 201;
  try {
    await chargeCard(ctx, amountCents);
  } catch {
    status = 402; // a 4xx on a SERVER span stays UNSET: the server did its job
  }
  server.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, status);
  server.end();
}

await handleCheckout(4_200);
await handleCheckout(25_000);

const spans = exporter.getFinishedSpans();
const names = new Map(spans.map((s) => [s.spanContext().spanId, s.name]));
for (const s of spans) {
  const parent = s.parentSpanContext ? names.get(s.parentSpanContext.spanId) : '(root)';
  console.log(`trace=${s.spanContext().traceId} ${SpanKind[s.kind]} "${s.name}" parent="${parent}"`,
    `status=${SpanStatusCode[s.status.code]} events=[${s.events.map((e) => e.name)}]`);
  console.log('   ', JSON.stringify(s.attributes));
}
await provider.shutdown();
