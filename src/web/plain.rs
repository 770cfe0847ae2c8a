//! Results as plain objects, without serde-wasm-bindgen's cache of field
//! names.
//!
//! serde-wasm-bindgen writes a struct's field names, and a unit variant's
//! name, through a cache of their JS strings: a `HashMap` keyed by the
//! name's address, which with its table's growth and hashing is 1.8 KB of
//! the gzipped wasm (src/web/NOTES.md). [`to_js`] writes structs (a plain
//! object whose keys are strings made on the spot), unit variants (their
//! name), sequences and tuples (arrays, so that their elements come back
//! here) itself, and hands the crate's JSON-compatible serializer the rest:
//! numbers, strings, `None`. The crate's types take no other shape (maps,
//! tuple structs and variants with data pass through to it whole). The
//! objects are the ones that serializer gave, which `tests/web.rs` checks
//! on every fixture page.

use serde::ser::{self, Serialize, Serializer};
use serde_wasm_bindgen::Error;
use wasm_bindgen::JsValue;

/// `value` as a plain JS value.
pub fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, Error> {
    value.serialize(Plain(&serde_wasm_bindgen::Serializer::json_compatible()))
}

type Inner<'s> = &'s serde_wasm_bindgen::Serializer;

/// The serializer [`to_js`] runs: the crate's, but for structs and unit
/// variants.
#[derive(Clone, Copy)]
struct Plain<'s>(Inner<'s>);

/// A sequence or a tuple as an array.
struct Elements<'s> {
    plain: Plain<'s>,
    array: js_sys::Array,
}

/// A struct as a plain object.
struct Fields<'s> {
    plain: Plain<'s>,
    object: js_sys::Object,
}

impl Fields<'_> {
    fn put(&self, key: &str, value: &JsValue) {
        // Setting a property of a plain object never throws.
        let _ = js_sys::Reflect::set(&self.object, &JsValue::from_str(key), value);
    }
}

macro_rules! forward {
    ($($method:ident($ty:ty)),*) => {
        $(fn $method(self, v: $ty) -> Result<JsValue, Error> {
            self.0.$method(v)
        })*
    };
}

impl<'s> Serializer for Plain<'s> {
    type Ok = JsValue;
    type Error = Error;
    type SerializeSeq = Elements<'s>;
    type SerializeTuple = Elements<'s>;
    type SerializeTupleStruct = <Inner<'s> as Serializer>::SerializeTupleStruct;
    type SerializeTupleVariant = <Inner<'s> as Serializer>::SerializeTupleVariant;
    type SerializeMap = <Inner<'s> as Serializer>::SerializeMap;
    type SerializeStruct = Fields<'s>;
    type SerializeStructVariant = <Inner<'s> as Serializer>::SerializeStructVariant;

    forward!(
        serialize_bool(bool),
        serialize_i8(i8),
        serialize_i16(i16),
        serialize_i32(i32),
        serialize_i64(i64),
        serialize_u8(u8),
        serialize_u16(u16),
        serialize_u32(u32),
        serialize_u64(u64),
        serialize_f32(f32),
        serialize_f64(f64),
        serialize_char(char),
        serialize_str(&str),
        serialize_bytes(&[u8])
    );

    fn serialize_none(self) -> Result<JsValue, Error> {
        self.0.serialize_none()
    }

    fn serialize_some<T: Serialize + ?Sized>(self, v: &T) -> Result<JsValue, Error> {
        v.serialize(self)
    }

    fn serialize_unit(self) -> Result<JsValue, Error> {
        self.0.serialize_unit()
    }

    fn serialize_unit_struct(self, name: &'static str) -> Result<JsValue, Error> {
        self.0.serialize_unit_struct(name)
    }

    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<JsValue, Error> {
        self.0.serialize_str(variant)
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        v: &T,
    ) -> Result<JsValue, Error> {
        v.serialize(self)
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
        v: &T,
    ) -> Result<JsValue, Error> {
        self.0.serialize_newtype_variant(name, index, variant, v)
    }

    fn serialize_seq(self, _: Option<usize>) -> Result<Elements<'s>, Error> {
        Ok(Elements {
            plain: self,
            array: js_sys::Array::new(),
        })
    }

    fn serialize_tuple(self, len: usize) -> Result<Elements<'s>, Error> {
        self.serialize_seq(Some(len))
    }

    fn serialize_tuple_struct(
        self,
        name: &'static str,
        len: usize,
    ) -> Result<Self::SerializeTupleStruct, Error> {
        self.0.serialize_tuple_struct(name, len)
    }

    fn serialize_tuple_variant(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        self.0.serialize_tuple_variant(name, index, variant, len)
    }

    fn serialize_map(self, len: Option<usize>) -> Result<Self::SerializeMap, Error> {
        self.0.serialize_map(len)
    }

    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Fields<'s>, Error> {
        Ok(Fields {
            plain: self,
            object: js_sys::Object::new(),
        })
    }

    fn serialize_struct_variant(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        self.0.serialize_struct_variant(name, index, variant, len)
    }
}

impl ser::SerializeStruct for Fields<'_> {
    type Ok = JsValue;
    type Error = Error;

    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        v: &T,
    ) -> Result<(), Error> {
        let value = v.serialize(self.plain)?;
        self.put(key, &value);
        Ok(())
    }

    fn end(self) -> Result<JsValue, Error> {
        Ok(self.object.into())
    }
}

/// A sequence and a tuple are both an array of their elements.
macro_rules! elements {
    ($($compound:ident),*) => {
        $(impl ser::$compound for Elements<'_> {
            type Ok = JsValue;
            type Error = Error;

            fn serialize_element<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Error> {
                self.array.push(&v.serialize(self.plain)?);
                Ok(())
            }

            fn end(self) -> Result<JsValue, Error> {
                Ok(self.array.into())
            }
        })*
    };
}

elements!(SerializeSeq, SerializeTuple);
