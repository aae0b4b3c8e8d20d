package io.newswire.app.kafka;

import io.newswire.topics.TopicSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the catalogue's missing topics and reports those that differ from it. Idempotent: running it
 * twice, or on a cluster someone else set up, changes nothing that already exists.
 */
public final class TopicAdmin {
  private static final Logger log = LoggerFactory.getLogger(TopicAdmin.class);

  public enum Status { CREATED, OK, MISMATCH }

  public record Outcome(String topic, Status status, String detail) {
    @Override
    public String toString() {
      return String.format("%-32s %-8s %s", topic, status, detail);
    }
  }

  private final Admin admin;
  private final Properties clientProps;
  private final Duration timeout;

  /**
   * @param clientProps connection properties (bootstrap servers, security) for the warm-up producer
   */
  public TopicAdmin(Admin admin, Properties clientProps, Duration timeout) {
    this.admin = admin;
    this.clientProps = clientProps;
    this.timeout = timeout;
  }

  /** @param replicationFactor replicas per partition, or -1 for the broker's default */
  public List<Outcome> ensure(List<TopicSpec> specs, int replicationFactor) {
    try {
      Set<String> existing = admin.listTopics().names().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      List<TopicSpec> missing = specs.stream().filter(s -> !existing.contains(s.name())).toList();
      List<Outcome> outcomes = new ArrayList<>();
      List<String> created = create(missing, replicationFactor);
      for (TopicSpec spec : specs) {
        if (created.contains(spec.name())) {
          outcomes.add(new Outcome(spec.name(), Status.CREATED,
              spec.partitions() + " partitions, " + spec.cleanupPolicy()));
        }
      }
      List<TopicSpec> toCheck = specs.stream().filter(s -> !created.contains(s.name())).toList();
      outcomes.addAll(check(toCheck));
      if (!created.isEmpty()) {
        awaitLeaders(created);
        warmUp(created);
      }
      outcomes.sort((a, b) -> indexOf(specs, a.topic()) - indexOf(specs, b.topic()));
      return outcomes;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while managing topics", e);
    } catch (ExecutionException | TimeoutException e) {
      Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
      if (cause instanceof TimeoutException || cause instanceof org.apache.kafka.common.errors.TimeoutException) {
        throw new IllegalStateException(noAnswer(clientProps.getProperty("bootstrap.servers"), timeout), cause);
      }
      throw new IllegalStateException("cannot manage topics: " + cause.getClass().getSimpleName() + ": "
          + cause.getMessage(), cause);
    }
  }

  /** The one line a command prints when the cluster does not answer within {@code admin.timeout}. */
  public static String noAnswer(String bootstrap, Duration timeout) {
    return "no answer from Kafka at " + bootstrap + " within " + timeout.toSeconds()
        + " s (admin.timeout): is it running, and is bootstrap.servers (--bootstrap-servers) right?";
  }

  private static int indexOf(List<TopicSpec> specs, String name) {
    for (int i = 0; i < specs.size(); i++) {
      if (specs.get(i).name().equals(name)) {
        return i;
      }
    }
    return specs.size();
  }

  private List<String> create(List<TopicSpec> missing, int replicationFactor)
      throws InterruptedException, ExecutionException, TimeoutException {
    List<String> created = new ArrayList<>();
    if (missing.isEmpty()) {
      return created;
    }
    Optional<Short> replicas = replicationFactor > 0 ? Optional.of((short) replicationFactor) : Optional.empty();
    List<NewTopic> newTopics = missing.stream()
        .map(s -> new NewTopic(s.name(), Optional.of(s.partitions()), replicas).configs(s.configs()))
        .toList();
    var results = admin.createTopics(newTopics).values();
    for (var entry : results.entrySet()) {
      try {
        entry.getValue().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        created.add(entry.getKey());
        log.info("created topic {}", entry.getKey());
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof TopicExistsException)) {
          throw e; // someone else creating it at the same moment is fine; anything else is not
        }
      }
    }
    return created;
  }

  private List<Outcome> check(List<TopicSpec> specs)
      throws InterruptedException, ExecutionException, TimeoutException {
    List<Outcome> outcomes = new ArrayList<>();
    if (specs.isEmpty()) {
      return outcomes;
    }
    List<String> names = specs.stream().map(TopicSpec::name).toList();
    Map<String, TopicDescription> descriptions = admin.describeTopics(names).allTopicNames()
        .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    List<ConfigResource> resources = names.stream()
        .map(n -> new ConfigResource(ConfigResource.Type.TOPIC, n)).toList();
    Map<ConfigResource, Config> configs = admin.describeConfigs(resources).all()
        .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    for (TopicSpec spec : specs) {
      List<String> problems = new ArrayList<>();
      int partitions = descriptions.get(spec.name()).partitions().size();
      if (partitions != spec.partitions()) {
        problems.add("partitions " + partitions + " (want " + spec.partitions() + ")");
      }
      Config config = configs.get(new ConfigResource(ConfigResource.Type.TOPIC, spec.name()));
      for (Map.Entry<String, String> want : spec.configs().entrySet()) {
        ConfigEntry entry = config.get(want.getKey());
        String actual = entry == null ? null : entry.value();
        if (!want.getValue().equals(actual)) {
          problems.add(want.getKey() + "=" + actual + " (want " + want.getValue() + ")");
        }
      }
      outcomes.add(problems.isEmpty()
          ? new Outcome(spec.name(), Status.OK, partitions + " partitions, " + spec.cleanupPolicy())
          : new Outcome(spec.name(), Status.MISMATCH, String.join("; ", problems)));
    }
    return outcomes;
  }

  private void awaitLeaders(Collection<String> topics) throws InterruptedException, ExecutionException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      try {
        Map<String, TopicDescription> descriptions = admin.describeTopics(topics).allTopicNames()
            .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        boolean allLed = descriptions.values().stream()
            .flatMap(d -> d.partitions().stream())
            .map(TopicPartitionInfo::leader)
            .allMatch(leader -> leader != null && !leader.isEmpty());
        if (allLed) {
          return;
        }
      } catch (ExecutionException | TimeoutException e) {
        // metadata not propagated yet (UnknownTopicOrPartition); retry until the deadline
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("topics " + topics + " have no leader after " + timeout.toSeconds() + " s");
      }
      Thread.sleep(50);
    }
  }

  /**
   * Guards against KAFKA-15591: an idempotent producer pipelining into a topic created a moment ago can lose
   * its first batch. One synchronous send per partition before any pipeline runs avoids it. The sends sit in
   * a transaction that is then aborted, so read_committed consumers (Streams under exactly-once, our exports)
   * never see them.
   */
  private void warmUp(List<String> topics) throws InterruptedException, ExecutionException {
    Map<String, Object> props = new HashMap<>();
    clientProps.forEach((k, v) -> props.put((String) k, v));
    props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "newswire-topic-warmup-" + java.util.UUID.randomUUID());
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.CLIENT_ID_CONFIG, "newswire-topic-warmup");
    try (KafkaProducer<byte[], byte[]> producer =
             new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
      producer.initTransactions();
      producer.beginTransaction();
      for (String topic : topics) {
        int partitions = producer.partitionsFor(topic).size();
        for (int p = 0; p < partitions; p++) {
          producer.send(new ProducerRecord<>(topic, p, "newswire-warmup".getBytes(), null)).get();
        }
      }
      producer.abortTransaction();
    }
  }
}
