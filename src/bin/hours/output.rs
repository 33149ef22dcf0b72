//! Writing answers and messages. `println!` panics when stdout is closed or full; `hours`
//! is run in pipelines (`hours validate | head`) and scripts, so every write is checked:
//!
//! - a reader that stopped reading (broken pipe) ends the output quietly: that is what the
//!   reader asked for, so the exit status stays the command's own (0, or 1 when data
//!   problems were found), and `set -o pipefail` scripts using `| head` do not fail;
//! - any other write error (a full disk, `>/dev/full`) is one line on stderr and exit 1;
//! - a failing stderr is ignored: there is nowhere left to say anything.

use std::io::{self, ErrorKind, Write};

use crate::quote::one_line;

/// Why the answer did not reach stdout.
pub enum WriteFailure {
    /// The reader went away (`| head -c 1`): not worth a message.
    ReaderGone,
    /// The output could not be written; the message says why.
    Failed(String),
}

/// Write `text` to stdout and flush it.
pub fn to_stdout(text: &str) -> Result<(), WriteFailure> {
    let mut out = io::stdout().lock();
    out.write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .map_err(|e| match e.kind() {
            ErrorKind::BrokenPipe => WriteFailure::ReaderGone,
            _ => WriteFailure::Failed(format!("cannot write the answer to stdout: {e}")),
        })
}

/// Print `hours: MESSAGE` as one line on stderr.
pub fn complain(message: &str) {
    let mut err = io::stderr().lock();
    let _ = writeln!(err, "hours: {}", one_line(message));
}
