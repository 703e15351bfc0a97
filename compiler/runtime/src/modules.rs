//! `import name`: the runtime's own standard-library modules, each created once.

use crate::containers::dict_new;
use crate::exc::{self, R};
use crate::gc::Roots;
use crate::object::*;
use crate::state::state;
use crate::value::*;

fn create(name: &[u8]) -> R<Word> {
    match name {
        b"math" => crate::math::module(),
        _ => Err(exc::raise_parts(
            22, // ModuleNotFoundError (ABI.md kind numbering)
            &[b"No module named '", name, b"'"],
        )),
    }
}

fn import(name: Word) -> R<Word> {
    if state().modules == UNBOUND {
        state().modules = dict_new(tag::DICT)?;
    }
    if let Some(m) = dict_of(state().modules).get(name)? {
        return Ok(m);
    }
    let m = create(str_bytes(name))?;
    let _roots = Roots::of(&[m])?;
    dict_of(state().modules).insert(name, m)?;
    Ok(m)
}

/// The module object named `name` (a str) → module | EXC (ModuleNotFoundError).
#[unsafe(no_mangle)]
pub extern "C" fn mlrt_import(name: Word) -> Word {
    let Ok(_roots) = Roots::of(&[name]) else {
        return EXC;
    };
    exc::ret(import(name))
}
