// @errors: 2532
// Seconds to wait before retrying, by HTTP status; a status missing here is a real case.
const retryAfterSeconds: Record<string, number> = { '429': 30, '503': 120 };

function retryDelayMs(status: string): number {
  return retryAfterSeconds[status] * 1000;
}

function retryDelayMsChecked(status: string): number {
  const seconds = retryAfterSeconds[status];
  return (seconds ?? 1) * 1000;
}

for (const status of ['429', '503', '500']) {
  console.log(`${status}: ${retryDelayMs(status)} ms unchecked, ${retryDelayMsChecked(status)} ms checked`);
}
