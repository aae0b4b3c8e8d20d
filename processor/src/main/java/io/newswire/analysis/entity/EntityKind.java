package io.newswire.analysis.entity;

/** Entity types of the analyser; the same names as the Avro {@code EntityType}. */
public enum EntityKind { PERSON, ORGANIZATION, LOCATION, POSITION, DOCUMENT, EVENT }
