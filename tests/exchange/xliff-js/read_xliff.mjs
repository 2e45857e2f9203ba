// Prints an XLIFF file as the npm package `xliff` reads it (JSON): xliff2js for 2.x,
// xliff12ToJs for 1.2. Usage: node read_xliff.mjs FILE 2|12
import { readFileSync } from 'node:fs';
import xliff2js from 'xliff/xliff2js';
import xliff12ToJs from 'xliff/xliff12ToJs';

const [file, version] = process.argv.slice(2);
const read = version === '12' ? xliff12ToJs : xliff2js;
read(readFileSync(file, 'utf8'), (error, result) => {
  if (error) {
    console.error(String(error));
    process.exit(1);
  }
  console.log(JSON.stringify(result));
});
