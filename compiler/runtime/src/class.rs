//! User classes and instances: class creation (C3 MRO), instantiation, attribute access with
//! bound methods and staticmethod/classmethod/property, `super()`, isinstance/issubclass.

use crate::call::{self, BOUND_BASE, BOUND_BUILTIN, BOUND_FUNCTION, FN_USER};
use crate::containers::{dict_new, tuple_from};
use crate::exc::{self, NEXC, R, Raised, T_BOOL, T_INT, T_OBJECT, kind_name, type_object};
use crate::gc::{self, Roots};
use crate::num::type_name;
use crate::object::*;
use crate::text;
use crate::value::*;
use alloc::vec::Vec;

/// `WrapperObj` kinds (`h.flags`).
pub const W_STATICMETHOD: u16 = 0;
pub const W_CLASSMETHOD: u16 = 1;
/// `a` = fget, `b` = fset, `c` = fdel (None when absent).
pub const W_PROPERTY: u16 = 2;
/// `a` = the class whose method is running, `b` = self (or a class, in classmethods).
pub const W_SUPER: u16 = 3;

pub fn wrapper_new(kind: u16, a: Word, b: Word, c: Word) -> R<Word> {
    let p = gc::alloc_object(core::mem::size_of::<WrapperObj>(), tag::WRAPPER)? as *mut WrapperObj;
    unsafe {
        (*p).h.flags = kind;
        (*p).a = a;
        (*p).b = b;
        (*p).c = c;
    }
    Ok(from_addr(p as usize))
}

fn is_wrapper(w: Word, kind: u16) -> bool {
    is_tag(w, tag::WRAPPER) && header(w).flags == kind
}

/// The user class of `v` (an instance of a user class or of `object`, or a user exception),
/// or UNBOUND for builtin values.
pub fn class_of(v: Word) -> Word {
    match tag_of(v) {
        tag::INSTANCE => obj::<InstanceObj>(v).cls,
        tag::EXCEPTION => obj::<ExcObj>(v).cls,
        _ => UNBOUND,
    }
}

/// The attribute dict of an instance (created on demand for exceptions), or UNBOUND.
fn instance_dict(v: Word, create: bool) -> R<Word> {
    match tag_of(v) {
        tag::INSTANCE => Ok(obj::<InstanceObj>(v).dict),
        tag::EXCEPTION => {
            let e = obj::<ExcObj>(v);
            if e.dict == UNBOUND && create {
                let d = dict_new(tag::DICT)?;
                obj::<ExcObj>(v).dict = d;
            }
            Ok(obj::<ExcObj>(v).dict)
        }
        _ => Ok(UNBOUND),
    }
}

/// `type(v)`.
pub fn type_of(v: Word) -> R<Word> {
    let c = class_of(v);
    if c != UNBOUND {
        return Ok(c);
    }
    type_object(crate::builtins::type_kind(v))
}

pub fn class_name(cls: Word) -> &'static [u8] {
    match tag_of(cls) {
        tag::CLASS => str_bytes(obj::<ClassObj>(cls).name),
        tag::TYPE => kind_name(obj::<TypeObj>(cls).kind).as_bytes(),
        _ => b"object",
    }
}

/// The MRO of a builtin class: itself, its builtin ancestors, `object`.
fn builtin_mro(kind: u32) -> R<Vec<Word>> {
    let mut kinds = Vec::new();
    let mut k = kind;
    if k < NEXC {
        loop {
            kinds.push(k);
            match exc::parent_kind(k) {
                Some(p) => k = p,
                None => break,
            }
        }
    } else {
        kinds.push(k);
        if k == T_BOOL {
            kinds.push(T_INT);
        }
    }
    if kind != T_OBJECT {
        kinds.push(T_OBJECT);
    }
    kinds.into_iter().map(type_object).collect()
}

pub fn mro_of(cls: Word) -> R<Vec<Word>> {
    match tag_of(cls) {
        tag::CLASS => Ok(tuple_items(obj::<ClassObj>(cls).mro).to_vec()),
        tag::TYPE => builtin_mro(obj::<TypeObj>(cls).kind),
        _ => Ok(Vec::new()),
    }
}

/// `issubclass(c, of)` for class objects.
pub fn is_subclass(c: Word, of: Word) -> bool {
    if c == of {
        return true;
    }
    match (tag_of(c), tag_of(of)) {
        (tag::CLASS, _) => tuple_items(obj::<ClassObj>(c).mro).contains(&of),
        (tag::TYPE, tag::TYPE) => exc::is_subkind(obj::<TypeObj>(c).kind, obj::<TypeObj>(of).kind),
        _ => false,
    }
}

pub fn is_class(w: Word) -> bool {
    matches!(tag_of(w), tag::CLASS | tag::TYPE)
}

/// `isinstance(v, cls)` for one class object.
pub fn is_instance(v: Word, cls: Word) -> R<bool> {
    let c = class_of(v);
    if c != UNBOUND {
        return Ok(is_subclass(c, cls));
    }
    if !is_tag(cls, tag::TYPE) {
        return Ok(false);
    }
    Ok(exc::is_subkind(
        crate::builtins::type_kind(v),
        obj::<TypeObj>(cls).kind,
    ))
}

/// `name` looked up along the MRO of user class `cls` (user class dicts only).
pub fn lookup(cls: Word, name: &[u8]) -> Option<Word> {
    if !is_tag(cls, tag::CLASS) {
        return None;
    }
    tuple_items(obj::<ClassObj>(cls).mro)
        .iter()
        .filter(|&&c| is_tag(c, tag::CLASS))
        .find_map(|&c| dict_of(obj::<ClassObj>(c).dict).get_str(name))
}

/// The builtin layout shared by the bases (`object` or an exception kind).
fn base_kind_of(bases: &[Word]) -> R<u32> {
    let mut kind = T_OBJECT;
    for &b in bases {
        let k = match tag_of(b) {
            tag::CLASS => obj::<ClassObj>(b).base_kind,
            tag::TYPE => {
                let k = obj::<TypeObj>(b).kind;
                if k != T_OBJECT && k >= NEXC {
                    return Err(exc::not_implemented(
                        &[b"subclassing builtin type '", kind_name(k).as_bytes(), b"'"].concat(),
                    ));
                }
                k
            }
            _ => {
                return Err(exc::type_error(&[
                    b"bases must be types, not '",
                    type_name(b).as_bytes(),
                    b"'",
                ]));
            }
        };
        if kind == T_OBJECT || exc::is_subkind(k, kind) {
            kind = k;
        } else if !exc::is_subkind(kind, k) {
            return Err(exc::type_error(&[
                b"multiple bases have instance lay-out conflict",
            ]));
        }
    }
    Ok(kind)
}

/// C3 linearization of a class with `bases`.
fn c3(cls: Word, bases: &[Word]) -> R<Vec<Word>> {
    let mut seqs: Vec<Vec<Word>> = Vec::new();
    for &b in bases {
        seqs.push(mro_of(b)?);
    }
    seqs.push(bases.to_vec());
    let mut out = alloc::vec![cls];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let head = seqs
            .iter()
            .map(|s| s[0])
            .find(|&h| seqs.iter().all(|s| !s[1..].contains(&h)));
        let Some(head) = head else {
            let mut m = Vec::new();
            m.extend_from_slice(
                b"Cannot create a consistent method resolution\norder (MRO) for bases ",
            );
            for (i, &b) in bases.iter().enumerate() {
                if i > 0 {
                    m.extend_from_slice(b", ");
                }
                m.extend_from_slice(class_name(b));
            }
            return Err(exc::type_error(&[&m]));
        };
        out.push(head);
        for s in seqs.iter_mut() {
            if s[0] == head {
                s.remove(0);
            }
        }
    }
}

pub fn class_new(name: Word, bases: Word, namespace: Word) -> R<Word> {
    crate::dunder::enable_special_methods();
    let bases = if is_tag(bases, tag::TUPLE) && !tuple_items(bases).is_empty() {
        bases
    } else {
        tuple_from(&[type_object(T_OBJECT)?])?
    };
    let bs = tuple_items(bases);
    for (i, &b) in bs.iter().enumerate() {
        if bs[..i].contains(&b) {
            return Err(exc::type_error(&[b"duplicate base class ", class_name(b)]));
        }
    }
    let base_kind = base_kind_of(bs)?;
    let ns = if is_tag(namespace, tag::DICT) {
        namespace
    } else {
        dict_new(tag::DICT)?
    };
    let d = dict_of(ns);
    if d.get_str(b"__eq__").is_some() && d.get_str(b"__hash__").is_none() {
        let key = text::new_str(b"__hash__")?;
        d.insert(key, NONE)?;
    }
    let p = gc::alloc_object(core::mem::size_of::<ClassObj>(), tag::CLASS)? as *mut ClassObj;
    let cls = from_addr(p as usize);
    unsafe {
        (*p).base_kind = base_kind;
        (*p).name = name;
        (*p).bases = bases;
        (*p).mro = NONE;
        (*p).dict = ns;
    }
    let mro = c3(cls, bs)?;
    obj::<ClassObj>(cls).mro = tuple_from(&mro)?;
    Ok(cls)
}

pub fn new_instance(cls: Word) -> R<Word> {
    let d = dict_new(tag::DICT)?;
    let p =
        gc::alloc_object(core::mem::size_of::<InstanceObj>(), tag::INSTANCE)? as *mut InstanceObj;
    unsafe {
        (*p).cls = cls;
        (*p).dict = d;
    }
    Ok(from_addr(p as usize))
}

/// An instance of `cls` before `__init__`: a plain instance or an exception carrying `args`.
fn allocate(cls: Word, args: Word) -> R<Word> {
    let kind = obj::<ClassObj>(cls).base_kind;
    if kind == T_OBJECT {
        return new_instance(cls);
    }
    let e = exc::new_exception(kind, args)?;
    obj::<ExcObj>(e).cls = cls;
    Ok(e)
}

fn has_kwargs(kwargs: Word) -> bool {
    is_tag(kwargs, tag::DICT) && !dict_of(kwargs).is_empty()
}

/// Calling a user class: `__new__` (if defined), then `__init__`.
pub fn instantiate(cls: Word, args: Word, kwargs: Word) -> R<Word> {
    let roots = Roots::of(&[cls, args, kwargs])?;
    let inst = match lookup(cls, b"__new__") {
        Some(new) => {
            let f = if is_wrapper(new, W_STATICMETHOD) {
                obj::<WrapperObj>(new).a
            } else {
                new
            };
            let inst = call::call(f, call::prepend(cls, args)?, kwargs)?;
            if !is_subclass(class_of(inst), cls) {
                return Ok(inst);
            }
            inst
        }
        None => allocate(cls, args)?,
    };
    roots.push(inst)?;
    match lookup(cls, b"__init__") {
        Some(init) => {
            let r = call::call(bind(init, inst, cls)?, args, kwargs)?;
            if r != NONE {
                return Err(exc::type_error(&[
                    b"__init__() should return None, not '",
                    type_name(r).as_bytes(),
                    b"'",
                ]));
            }
        }
        None if obj::<ClassObj>(cls).base_kind == T_OBJECT
            && lookup(cls, b"__new__").is_none()
            && (!tuple_items(args).is_empty() || has_kwargs(kwargs)) =>
        {
            return Err(exc::type_error(&[
                class_name(cls),
                b"() takes no arguments",
            ]));
        }
        None if has_kwargs(kwargs) => {
            return Err(exc::type_error(&[
                class_name(cls),
                b"() takes no keyword arguments",
            ]));
        }
        None => {}
    }
    Ok(inst)
}

/// A class attribute as seen through an instance (`receiver`) of `cls`: functions become bound
/// methods, classmethods bind to the class, staticmethods unwrap.
pub fn bind(attr: Word, receiver: Word, cls: Word) -> R<Word> {
    match tag_of(attr) {
        tag::FUNCTION if header(attr).flags == FN_USER => {
            call::bound_new(BOUND_FUNCTION, attr, receiver)
        }
        tag::WRAPPER => {
            let w = obj::<WrapperObj>(attr);
            match header(attr).flags {
                W_STATICMETHOD => Ok(w.a),
                W_CLASSMETHOD => call::bound_new(BOUND_FUNCTION, w.a, cls),
                W_PROPERTY => property_get(attr, receiver),
                _ => Ok(attr),
            }
        }
        _ => Ok(attr),
    }
}

/// A class attribute read through the class itself (`Cls.attr`).
fn bind_to_class(attr: Word, cls: Word) -> R<Word> {
    match tag_of(attr) {
        tag::WRAPPER => {
            let w = obj::<WrapperObj>(attr);
            match header(attr).flags {
                W_STATICMETHOD => Ok(w.a),
                W_CLASSMETHOD => call::bound_new(BOUND_FUNCTION, w.a, cls),
                _ => Ok(attr),
            }
        }
        _ => Ok(attr),
    }
}

fn property_get(prop: Word, receiver: Word) -> R<Word> {
    let fget = obj::<WrapperObj>(prop).a;
    if fget == NONE {
        return Err(exc::raise_parts(
            exc::ATTRIBUTE_ERROR,
            &[
                b"property of '",
                type_name(receiver).as_bytes(),
                b"' object has no getter",
            ],
        ));
    }
    call::call(fget, tuple_from(&[receiver])?, NONE)
}

pub fn no_attribute(o: Word, name: &[u8]) -> Raised {
    if is_class(o) {
        return exc::raise_parts(
            exc::ATTRIBUTE_ERROR,
            &[
                b"type object '",
                class_name(o),
                b"' has no attribute '",
                name,
                b"'",
            ],
        );
    }
    exc::raise_parts(
        exc::ATTRIBUTE_ERROR,
        &[
            b"'",
            type_name(o).as_bytes(),
            b"' object has no attribute '",
            name,
            b"'",
        ],
    )
}

/// Attributes every exception has (`e.args`, `e.__cause__`, ...).
fn exception_attr(e: Word, name: &[u8]) -> Option<Word> {
    let x = obj::<ExcObj>(e);
    let or_none = |w: Word| if w == UNBOUND { NONE } else { w };
    Some(match name {
        b"args" => x.args,
        b"__cause__" => or_none(x.cause),
        b"__context__" => or_none(x.context),
        b"__suppress_context__" => bool_word(x.suppress_context),
        b"__traceback__" => NONE,
        _ => return crate::codec_errors::attribute(e, name),
    })
}

/// Builtin methods of builtin base classes reachable through `super()` or `Base.method`.
fn is_base_method(kind: u32, name: &[u8]) -> bool {
    matches!(
        name,
        b"__init__"
            | b"__new__"
            | b"__str__"
            | b"__repr__"
            | b"__eq__"
            | b"__ne__"
            | b"__hash__"
            | b"__setattr__"
            | b"__getattribute__"
            | b"__delattr__"
            | b"__lt__"
            | b"__le__"
            | b"__gt__"
            | b"__ge__"
            | b"__format__"
    ) && (kind == T_OBJECT || kind < NEXC)
}

/// `o.name`.
pub fn getattr(o: Word, name: &[u8]) -> R<Word> {
    match tag_of(o) {
        tag::INSTANCE | tag::EXCEPTION => instance_getattr(o, name),
        tag::CLASS => class_getattr(o, name),
        tag::TYPE => {
            let kind = obj::<TypeObj>(o).kind;
            match name {
                b"__name__" | b"__qualname__" => text::new_str(kind_name(kind).as_bytes()),
                b"__module__" => text::new_str(b"builtins"),
                b"__mro__" => tuple_from(&builtin_mro(kind)?),
                _ if is_base_method(kind, name) => {
                    call::bound_new(BOUND_BASE, text::new_str(name)?, UNBOUND)
                }
                _ if let Some(method) = crate::bind::type_method(o, kind, name) => method,
                _ => Err(no_attribute(o, name)),
            }
        }
        tag::FUNCTION => match name {
            b"__name__" | b"__qualname__" => Ok(obj::<FunctionObj>(o).name),
            b"__module__" => text::new_str(b"__main__"),
            b"__doc__" => Ok(NONE),
            _ => Err(no_attribute(o, name)),
        },
        tag::BOUND => {
            let b = obj::<BoundObj>(o);
            match (name, header(o).flags) {
                (b"__self__", _) => Ok(b.receiver),
                (b"__func__", BOUND_FUNCTION) => Ok(b.func),
                (b"__name__", BOUND_FUNCTION) => getattr(b.func, name),
                (b"__name__", _) => Ok(b.func),
                _ => Err(no_attribute(o, name)),
            }
        }
        tag::WRAPPER => wrapper_getattr(o, name),
        _ => builtin_getattr(o, name),
    }
}

fn instance_getattr(o: Word, name: &[u8]) -> R<Word> {
    let cls = class_of(o);
    let attr = lookup(cls, name);
    if let Some(a) = attr.filter(|&a| is_wrapper(a, W_PROPERTY)) {
        return property_get(a, o);
    }
    let d = instance_dict(o, false)?;
    if d != UNBOUND
        && let Some(v) = dict_of(d).get_str(name)
    {
        return Ok(v);
    }
    if let Some(a) = attr {
        return bind(a, o, cls);
    }
    if is_tag(o, tag::EXCEPTION)
        && let Some(v) = exception_attr(o, name)
    {
        return Ok(v);
    }
    match name {
        b"__class__" => return type_of(o),
        b"__dict__" => return instance_dict(o, true),
        _ => {}
    }
    if let Some(ga) = lookup(cls, b"__getattr__") {
        let _roots = Roots::of(&[o])?;
        let n = text::new_str(name)?;
        return call::call(bind(ga, o, cls)?, tuple_from(&[n])?, NONE);
    }
    Err(no_attribute(o, name))
}

fn class_getattr(cls: Word, name: &[u8]) -> R<Word> {
    if let Some(a) = lookup(cls, name) {
        return bind_to_class(a, cls);
    }
    let c = obj::<ClassObj>(cls);
    match name {
        b"__name__" | b"__qualname__" => return Ok(c.name),
        b"__module__" => return text::new_str(b"__main__"),
        b"__mro__" => return Ok(c.mro),
        b"__bases__" => return Ok(c.bases),
        b"__dict__" => return Ok(c.dict),
        b"__doc__" => return Ok(NONE),
        b"__class__" => return type_object(exc::T_TYPE),
        _ => {}
    }
    let base = type_object(c.base_kind)?;
    if is_base_method(c.base_kind, name) {
        return getattr(base, name);
    }
    Err(no_attribute(cls, name))
}

fn wrapper_getattr(w: Word, name: &[u8]) -> R<Word> {
    let x = obj::<WrapperObj>(w);
    match (header(w).flags, name) {
        (W_STATICMETHOD | W_CLASSMETHOD, b"__func__") => Ok(x.a),
        (W_PROPERTY, b"fget") => Ok(x.a),
        (W_PROPERTY, b"fset") => Ok(x.b),
        (W_PROPERTY, b"fdel") => Ok(x.c),
        (W_PROPERTY, b"setter" | b"getter" | b"deleter") => {
            call::bound_new(BOUND_BUILTIN, text::new_str(name)?, w)
        }
        (W_SUPER, _) => super_getattr(w, name),
        _ => Err(no_attribute(w, name)),
    }
}

/// Attribute reads on builtin values: a few data attributes, and methods as bound values.
fn builtin_getattr(o: Word, name: &[u8]) -> R<Word> {
    if crate::int::is_int(o) {
        match name {
            b"real" | b"numerator" => return crate::builtins::int_of(o, UNBOUND),
            b"imag" => return Ok(small(0)),
            b"denominator" => return Ok(small(1)),
            _ => {}
        }
    }
    if crate::num::is_float(o) {
        match name {
            b"real" => return Ok(o),
            b"imag" => return crate::num::new_float(0.0),
            _ => {}
        }
    }
    if is_tag(o, tag::SLICE) {
        let sl = obj::<SliceObj>(o);
        match name {
            b"start" => return Ok(sl.start),
            b"stop" => return Ok(sl.stop),
            b"step" => return Ok(sl.step),
            _ => {}
        }
    }
    if name == b"__class__" {
        return type_of(o);
    }
    if crate::methods::has_method(o, name) {
        return call::bound_new(BOUND_BUILTIN, text::new_str(name)?, o);
    }
    Err(no_attribute(o, name))
}

/// Methods of `property` objects (`@x.setter`).
pub fn property_method(p: Word, name: &[u8], a: &[Word]) -> R<Word> {
    let x = obj::<WrapperObj>(p);
    let f = match a {
        [f] => *f,
        _ => return Err(exc::type_error(&[name, b"() takes exactly one argument"])),
    };
    match name {
        b"getter" => wrapper_new(W_PROPERTY, f, x.b, x.c),
        b"setter" => wrapper_new(W_PROPERTY, x.a, f, x.c),
        b"deleter" => wrapper_new(W_PROPERTY, x.a, x.b, f),
        _ => Err(no_attribute(p, name)),
    }
}

fn super_getattr(s: Word, name: &[u8]) -> R<Word> {
    let x = obj::<WrapperObj>(s);
    let (start, receiver) = (x.a, x.b);
    let t = if is_class(receiver) {
        receiver
    } else {
        type_of(receiver)?
    };
    let mro = mro_of(t)?;
    let pos = mro
        .iter()
        .position(|&c| c == start)
        .map_or(mro.len(), |i| i + 1);
    for &c in &mro[pos..] {
        match tag_of(c) {
            tag::CLASS => {
                if let Some(a) = dict_of(obj::<ClassObj>(c).dict).get_str(name) {
                    if is_class(receiver) {
                        return bind_to_class(a, receiver);
                    }
                    return bind(a, receiver, t);
                }
            }
            tag::TYPE if is_base_method(obj::<TypeObj>(c).kind, name) => {
                let recv = if name == b"__new__" {
                    UNBOUND
                } else {
                    receiver
                };
                return call::bound_new(BOUND_BASE, text::new_str(name)?, recv);
            }
            _ => {}
        }
    }
    Err(exc::raise_parts(
        exc::ATTRIBUTE_ERROR,
        &[b"'super' object has no attribute '", name, b"'"],
    ))
}

/// Builtin methods of `object` / `BaseException` (through `super()` or `Base.method(self, ...)`);
/// `args[0]` is the receiver.
pub fn base_method(name: &[u8], args: Word, kwargs: Word) -> R<Word> {
    let a = tuple_items(args);
    let Some((&me, rest)) = a.split_first() else {
        return Err(exc::type_error(&[
            b"descriptor '",
            name,
            b"' of 'object' object needs an argument",
        ]));
    };
    let is_exc = is_tag(me, tag::EXCEPTION);
    match name {
        b"__new__" => {
            if is_tag(me, tag::CLASS) {
                return allocate(me, tuple_from(rest)?);
            }
            call::call(me, tuple_from(rest)?, kwargs)
        }
        b"__init__" => {
            if is_exc {
                obj::<ExcObj>(me).args = tuple_from(rest)?;
            } else if !rest.is_empty() && lookup(class_of(me), b"__init__").is_none() {
                return Err(exc::type_error(&[
                    b"object.__init__() takes exactly one argument (the instance to initialize)",
                ]));
            }
            Ok(NONE)
        }
        b"__str__" | b"__repr__" | b"__format__" => {
            let mut out = Vec::new();
            if name == b"__repr__" {
                crate::repr::default_repr(me, &mut out)?;
            } else if is_exc {
                exc::exception_message(me, &mut out)?;
            } else {
                crate::repr::write_repr(me, &mut out)?;
            }
            text::from_string(out)
        }
        b"__eq__" | b"__ne__" => match rest {
            [other] if *other == me => Ok(bool_word(name == b"__eq__")),
            _ => Ok(NOT_IMPLEMENTED),
        },
        b"__lt__" | b"__le__" | b"__gt__" | b"__ge__" => Ok(NOT_IMPLEMENTED),
        b"__hash__" => Ok(small(crate::dunder::id_hash(me))),
        b"__setattr__" => match rest {
            [n, v] if text::is_str(*n) => {
                let d = instance_dict(me, true)?;
                if d == UNBOUND {
                    return Err(no_attribute(me, str_bytes(*n)));
                }
                dict_of(d).insert(*n, *v)?;
                Ok(NONE)
            }
            _ => Err(exc::type_error(&[b"__setattr__ expected 2 arguments"])),
        },
        b"__getattribute__" => match rest {
            [n] if text::is_str(*n) => getattr(me, str_bytes(*n)),
            _ => Err(exc::type_error(&[b"__getattribute__ expected 1 argument"])),
        },
        b"__delattr__" => match rest {
            [n] if text::is_str(*n) => delattr(me, *n).map(|_| NONE),
            _ => Err(exc::type_error(&[b"__delattr__ expected 1 argument"])),
        },
        _ => Err(no_attribute(me, name)),
    }
}

/// `o.name = v` (`name` a str).
pub fn setattr(o: Word, name: Word, v: Word) -> R<()> {
    let n = str_bytes(name);
    match tag_of(o) {
        tag::INSTANCE | tag::EXCEPTION => {
            let cls = class_of(o);
            if let Some(a) = lookup(cls, n).filter(|&a| is_wrapper(a, W_PROPERTY)) {
                let fset = obj::<WrapperObj>(a).b;
                if fset == NONE {
                    return Err(exc::raise_parts(
                        exc::ATTRIBUTE_ERROR,
                        &[
                            b"property '",
                            n,
                            b"' of '",
                            type_name(o).as_bytes(),
                            b"' object has no setter",
                        ],
                    ));
                }
                return call::call(fset, tuple_from(&[o, v])?, NONE).map(|_| ());
            }
            if let Some(sa) = lookup(cls, b"__setattr__") {
                return call::call(bind(sa, o, cls)?, tuple_from(&[name, v])?, NONE).map(|_| ());
            }
            if is_tag(o, tag::EXCEPTION) {
                let e = obj::<ExcObj>(o);
                match n {
                    b"args" => {
                        e.args = tuple_from(&crate::iter::collect(v)?)?;
                        return Ok(());
                    }
                    b"__cause__" => {
                        e.cause = v;
                        e.suppress_context = true;
                        return Ok(());
                    }
                    b"__context__" => {
                        e.context = v;
                        return Ok(());
                    }
                    _ => {}
                }
            }
            let d = instance_dict(o, true)?;
            dict_of(d).insert(name, v)
        }
        tag::CLASS => dict_of(obj::<ClassObj>(o).dict).insert(name, v),
        _ => Err(no_attribute(o, n)),
    }
}

/// `del o.name`.
pub fn delattr(o: Word, name: Word) -> R<()> {
    let n = str_bytes(name);
    let d = match tag_of(o) {
        tag::INSTANCE | tag::EXCEPTION => {
            let cls = class_of(o);
            if let Some(a) = lookup(cls, n).filter(|&a| is_wrapper(a, W_PROPERTY)) {
                let fdel = obj::<WrapperObj>(a).c;
                if fdel == NONE {
                    return Err(exc::raise_parts(
                        exc::ATTRIBUTE_ERROR,
                        &[
                            b"property '",
                            n,
                            b"' of '",
                            type_name(o).as_bytes(),
                            b"' object has no deleter",
                        ],
                    ));
                }
                return call::call(fdel, tuple_from(&[o])?, NONE).map(|_| ());
            }
            instance_dict(o, false)?
        }
        tag::CLASS => obj::<ClassObj>(o).dict,
        _ => UNBOUND,
    };
    if d != UNBOUND && dict_of(d).remove(name)?.is_some() {
        return Ok(());
    }
    Err(no_attribute(o, n))
}

/// `obj.name(*args, **kwargs)` for user objects, classes and the other callables' attributes;
/// `None` = a builtin value (handled by `methods`).
pub fn call_method(o: Word, name: &[u8], args: Word, kwargs: Word) -> Option<R<Word>> {
    match tag_of(o) {
        tag::INSTANCE | tag::EXCEPTION => {
            let cls = class_of(o);
            if cls == UNBOUND {
                return None;
            }
            Some((|| {
                let attr = lookup(cls, name);
                if let Some(f) =
                    attr.filter(|&f| is_tag(f, tag::FUNCTION) && header(f).flags == FN_USER)
                {
                    let d = instance_dict(o, false)?;
                    if d == UNBOUND || dict_of(d).find_str(name).is_none() {
                        return call::call(f, call::prepend(o, args)?, kwargs);
                    }
                }
                let _roots = Roots::of(&[args, kwargs])?;
                let m = getattr(o, name)?;
                call::call(m, args, kwargs)
            })())
        }
        tag::CLASS | tag::FUNCTION | tag::BOUND | tag::TYPE => Some((|| {
            let _roots = Roots::of(&[args, kwargs])?;
            let m = getattr(o, name)?;
            call::call(m, args, kwargs)
        })()),
        tag::WRAPPER => Some(if header(o).flags == W_PROPERTY {
            property_method(o, name, tuple_items(args))
        } else {
            (|| {
                let _roots = Roots::of(&[args, kwargs])?;
                let m = getattr(o, name)?;
                call::call(m, args, kwargs)
            })()
        }),
        _ => None,
    }
}

fn ret_unit(r: R<()>) -> Word {
    match r {
        Ok(()) => NONE,
        Err(_) => EXC,
    }
}

/// `class name(*bases): namespace` → the class object.
#[unsafe(no_mangle)]
pub extern "C" fn mlrt_class_new(name: Word, bases: Word, namespace: Word) -> Word {
    exc::ret(class_new(name, bases, namespace))
}

#[unsafe(no_mangle)]
pub extern "C" fn mlrt_getattr(o: Word, name: Word) -> Word {
    let Ok(_roots) = Roots::of(&[o, name]) else {
        return EXC;
    };
    exc::ret(getattr(o, str_bytes(name)))
}

#[unsafe(no_mangle)]
pub extern "C" fn mlrt_setattr(o: Word, name: Word, v: Word) -> Word {
    let Ok(_roots) = Roots::of(&[o, name, v]) else {
        return EXC;
    };
    ret_unit(setattr(o, name, v))
}

#[unsafe(no_mangle)]
pub extern "C" fn mlrt_delattr(o: Word, name: Word) -> Word {
    let Ok(_roots) = Roots::of(&[o, name]) else {
        return EXC;
    };
    ret_unit(delattr(o, name))
}

/// Zero-argument `super()` inside a method of `cls` whose first argument is `receiver`.
#[unsafe(no_mangle)]
pub extern "C" fn mlrt_super(cls: Word, receiver: Word) -> Word {
    exc::ret(wrapper_new(W_SUPER, cls, receiver, NONE))
}
