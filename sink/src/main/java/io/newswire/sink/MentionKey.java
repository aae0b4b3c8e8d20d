package io.newswire.sink;

/** An entity as trending counts it: its type and canonical name (the key of the mentions repartition). */
record MentionKey(String type, String canonical) {}
