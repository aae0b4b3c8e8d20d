package io.newswire.app.roles;

import io.micrometer.core.instrument.MeterRegistry;
import io.newswire.app.config.NewswireConfig;
import io.newswire.sink.AlertWebhook;
import io.newswire.sink.SinkSettings;
import io.newswire.sink.SinkTopology;
import io.newswire.sink.WebhookSettings;
import java.net.URI;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/** The sink role: {@link SinkTopology} on Kafka Streams with exactly-once v2, and the optional alert webhook. */
public final class SinkRole extends StreamsApp {
  private AlertWebhook webhook;

  private SinkRole(NewswireConfig config, Properties clientProps, MeterRegistry registry) {
    super("sink", SinkTopology.build(settings(config), registry),
        ProcessorRole.streamsProperties(config, clientProps, config.get("sink.application.id"), 1), registry);
  }

  public static SinkSettings settings(NewswireConfig config) {
    return new SinkSettings(set(config.get("sink.alert.levels")), set(config.get("sink.alert.issuers")),
        set(config.get("sink.alert.keywords")), config.getDuration("sink.trending.window"),
        config.getDuration("sink.trending.advance"), config.getInt("sink.trending.top"));
  }

  private static Set<String> set(String list) {
    return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
  }

  public static SinkRole start(NewswireConfig config, Properties clientProps, MeterRegistry registry) {
    SinkRole role = new SinkRole(config, clientProps, registry);
    // exported at zero from the start, so the NewsAlertWebhookStopped rule sees a series even before a failure
    registry.counter("news.alerts.webhook.stopped");
    if (config.isSet("sink.webhook.url")) {
      WebhookSettings webhook = new WebhookSettings(URI.create(config.get("sink.webhook.url")),
          config.getInt("sink.webhook.max.attempts"), config.getDuration("sink.webhook.max.backoff"),
          config.getDuration("sink.webhook.timeout"));
      role.webhook = new AlertWebhook(webhook, clientProps, config.get("sink.application.id") + "-webhook", registry).start();
    }
    return role;
  }

  /** RUNNING Streams, and an alert webhook (when configured) whose delivery thread has not died. */
  @Override
  public Result check() {
    Result streams = super.check();
    if (streams.healthy() && webhook != null && webhook.failure().isPresent()) {
      return Result.down("alert webhook stopped: " + webhook.failure().get());
    }
    return streams;
  }

  @Override
  public void close() {
    if (webhook != null) {
      webhook.close();
    }
    super.close();
  }
}
