// Every instruction family registers its opcodes with the decoder on import.
// One file per family.
import './alu.js';
import './move.js';
import './control.js';
import './shift.js';
import './muldiv.js';
import './bits.js';
import './string.js';
import './system.js';
import './sse.js';
import './x87.js';
import './legacy32.js';
