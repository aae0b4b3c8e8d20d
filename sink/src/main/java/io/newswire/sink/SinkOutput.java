package io.newswire.sink;

/** One record a sink step emits: which topic, key and value. Lives only between a processor and its split. */
record SinkOutput(String topic, String key, Object value) {}
