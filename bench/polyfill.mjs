// PostGraphile 5 calls Promise.withResolvers(), which Node 20 lacks (Node 22 has it). Loaded first
// with `node --import ./bench/polyfill.mjs`, before anything PostGraphile imports.
if (typeof Promise.withResolvers !== 'function') {
  Promise.withResolvers = function withResolvers() {
    let resolve;
    let reject;
    const promise = new this((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}
