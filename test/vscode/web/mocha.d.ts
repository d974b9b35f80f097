// mocha's browser build: the `mocha` instance with setup() and run().
declare module 'mocha/mocha.js' {
  const mocha: BrowserMocha;
  export default mocha;
}
