package io.newswire.schemas;

/** One Serde per record type of the contract. Serdes are thread-safe and cheap to share. */
public final class NewswireSerdes {
  private NewswireSerdes() {}

  public static AvroSerde<RawArticle> rawArticle() {
    return new AvroSerde<>(RawArticle.class, RawArticle.getClassSchema());
  }

  public static AvroSerde<EnrichedArticle> enrichedArticle() {
    return new AvroSerde<>(EnrichedArticle.class, EnrichedArticle.getClassSchema());
  }

  /** Internal to the processor: its dedup repartition topic. */
  public static AvroSerde<DedupCandidate> dedupCandidate() {
    return new AvroSerde<>(DedupCandidate.class, DedupCandidate.getClassSchema());
  }

  public static AvroSerde<InspectionAlert> inspectionAlert() {
    return new AvroSerde<>(InspectionAlert.class, InspectionAlert.getClassSchema());
  }

  public static AvroSerde<DeadLetter> deadLetter() {
    return new AvroSerde<>(DeadLetter.class, DeadLetter.getClassSchema());
  }
}
