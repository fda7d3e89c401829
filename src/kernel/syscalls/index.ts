// Every service-routine file declares its routines on import.
import './process.js';
import './info.js';
import './time.js';
import './mm.js';
import './mm-advice.js';
import './signal.js';
import './fs.js';
import './fs-path.js';
import './fs-stat.js';
import './poll.js';
import './execve.js';
import './compat.js';
