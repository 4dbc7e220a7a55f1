// @predict
interface Point {
  x: number;
  y: number;
}

function magnitude(p: Point): number {
  return Math.hypot(p.x, p.y);
}

// Structural: any value with numeric x and y is a Point, whatever else it carries.
const point3d = { x: 3, y: 4, z: 12 };
console.log('variable with extra z:', magnitude(point3d));

class Pixel {
  x = 6;
  y = 8;
  color = 'red';
}
console.log('class instance, never declared as Point:', magnitude(new Pixel()));

// A fresh object literal gets an excess property check: extra keys are likely typos.
// @ts-expect-error Object literal may only specify known properties, and 'z' does not exist in type 'Point'.
console.log('literal with extra z (compile error, still runs):', magnitude({ x: 3, y: 4, z: 12 }));

interface RetryOptions {
  retries?: number;
  delayMs?: number;
}
const typo = { retry: 5 };
// @ts-expect-error Weak type detection: no properties in common with 'RetryOptions'.
const options: RetryOptions = typo;
console.log('options actually received:', options);

// Because extra keys are legal, Object.keys cannot promise keyof Point.
function keysOf(p: Point): string[] {
  return Object.keys(p);
}
console.log('keys at runtime:', keysOf(point3d));
