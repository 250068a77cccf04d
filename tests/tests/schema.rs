//! The output schema `docs/analysis.schema.json` describes what `Analysis` serialises to:
//! every record of the seed article validates, and every field the output carries is
//! documented in the schema (a field added to the output without the schema fails here).

use serde_json::Value;

/// Validates `value` against the subset of JSON Schema the file uses: `type`, `properties`,
/// `required`, `items`, `enum`, `minimum`, `$ref` to `#/$defs/…`.
fn validate(schema: &Value, root: &Value, value: &Value, path: &str, errors: &mut Vec<String>) {
    if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
        let name = r.trim_start_matches("#/$defs/");
        return validate(&root["$defs"][name], root, value, path, errors);
    }
    if let Some(t) = schema.get("type").and_then(Value::as_str) {
        let ok = match t {
            "object" => value.is_object(),
            "array" => value.is_array(),
            "string" => value.is_string(),
            "integer" => value.is_u64() || value.is_i64(),
            "number" => value.is_number(),
            "boolean" => value.is_boolean(),
            "null" => value.is_null(),
            other => panic!("schema type {other} not supported by this checker"),
        };
        if !ok {
            errors.push(format!("{path}: expected {t}, got {value}"));
            return;
        }
    }
    if let Some(allowed) = schema.get("enum").and_then(Value::as_array)
        && !allowed.contains(value)
    {
        errors.push(format!("{path}: {value} not one of {allowed:?}"));
    }
    if let (Some(min), Some(v)) = (schema.get("minimum").and_then(Value::as_f64), value.as_f64())
        && v < min
    {
        errors.push(format!("{path}: {v} < {min}"));
    }
    if let Some(obj) = value.as_object() {
        let props = schema.get("properties").and_then(Value::as_object);
        for req in schema.get("required").and_then(Value::as_array).into_iter().flatten() {
            let req = req.as_str().unwrap();
            if !obj.contains_key(req) {
                errors.push(format!("{path}: missing required field {req:?}"));
            }
        }
        for (k, v) in obj {
            match props.and_then(|p| p.get(k)) {
                Some(s) => validate(s, root, v, &format!("{path}.{k}"), errors),
                None => errors.push(format!("{path}: field {k:?} is not in the schema")),
            }
        }
    }
    if let (Some(items), Some(arr)) = (schema.get("items"), value.as_array()) {
        for (i, v) in arr.iter().enumerate() {
            validate(items, root, v, &format!("{path}[{i}]"), errors);
        }
    }
}

fn schema() -> Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/analysis.schema.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn the_seed_article_output_validates_against_the_schema() {
    let text = include_str!("../../examples/data/seed_article.txt");
    let doc = nutgraf::Pipeline::default()
        .run_with(text, nutgraf::Metadata { id: Some("seed".into()), ..Default::default() })
        .unwrap();
    let value = serde_json::to_value(nutgraf::Analysis::from_document(&doc)).unwrap();
    let schema = schema();
    let mut errors = Vec::new();
    validate(&schema, &schema, &value, "$", &mut errors);
    assert!(
        errors.is_empty(),
        "{} schema errors, first: {:?}",
        errors.len(),
        &errors[..errors.len().min(5)]
    );
}

#[test]
fn the_checker_catches_undocumented_and_mistyped_fields() {
    let schema = schema();
    let bad = serde_json::json!({
        "tokens": [{"start": 0, "end": "3", "kind": "word"}],
        "words": [], "sentences": [], "sections": [{"start": 0, "end": 1, "kind": "footer"}], "entities": [], "timexes": [], "claims": [],
        "surprise": true
    });
    let mut errors = Vec::new();
    validate(&schema, &schema, &bad, "$", &mut errors);
    assert_eq!(errors.len(), 3, "{errors:?}");
}

#[test]
fn output_with_some_layers_validates_against_the_schema() {
    let text = include_str!("../../examples/data/seed_article.txt");
    let doc = nutgraf::Pipeline::default().run(text).unwrap();
    let fields: nutgraf::Fields = "entities,timexes,claims,sentences".parse().unwrap();
    let value = serde_json::to_value(nutgraf::AnalysisRef::with_fields(&doc, fields)).unwrap();
    assert!(value.get("tokens").is_none() && value.get("claims").is_some());
    let schema = schema();
    let mut errors = Vec::new();
    validate(&schema, &schema, &value, "$", &mut errors);
    assert!(errors.is_empty(), "{errors:?}");
}
