import Stemmer from './indonesian-stemmer.js';
const stemmer = new Stemmer();
export function stem(word) { return stemmer.stem(word); }
