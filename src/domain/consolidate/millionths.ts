// Fees (万元) have up to 6 decimals. Summing them as floating-point numbers drifts (0.1 + 0.2 is
// 0.30000000000000004), and a 汇总 of hundreds of fees must come out to the 分, so they are summed
// as whole millionths. BigInt, because 500 fees near the cell limit exceed 2^53 millionths.

const SCALE = 1_000_000n;

/** A fee in 万元 as a whole number of millionths (rounded to the 6th decimal, as stored). */
export function toMillionths(value: number): bigint {
  return BigInt(Math.round(value * 1_000_000));
}

/** A number of millionths back as 万元, via its decimal text (so 300000n gives exactly 0.3). */
export function fromMillionths(total: bigint): number {
  const negative = total < 0n;
  const abs = negative ? -total : total;
  const fraction = (abs % SCALE).toString().padStart(6, '0');
  return Number(`${negative ? '-' : ''}${abs / SCALE}.${fraction}`);
}
