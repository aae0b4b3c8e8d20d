package io.newswire.ingest.fetch;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a URL may be fetched at all: http(s) only, on an allow-listed host, and never a loopback,
 * private or link-local address unless the policy says so (which tests do). Checked again on every redirect.
 */
final class HostGuard {
  /** The refusal of a host whose name does not resolve. */
  public static final String UNKNOWN_HOST = "unknown-host";

  private final Set<String> allowedHosts;
  private final boolean allowPrivate;

  HostGuard(Set<String> allowedHosts, boolean allowPrivate) {
    this.allowedHosts = allowedHosts;
    this.allowPrivate = allowPrivate;
  }

  /** Empty when allowed, otherwise the reason it is not. */
  Optional<String> refuse(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return Optional.of("scheme-not-allowed");
    }
    String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
    if (host.isEmpty()) {
      return Optional.of("no-host");
    }
    if (!isAllowed(host)) {
      return Optional.of("host-not-allowed");
    }
    if (!allowPrivate) {
      try {
        for (InetAddress address : InetAddress.getAllByName(host)) {
          if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
              || address.isAnyLocalAddress() || address.isMulticastAddress() || isUniqueLocal(address)) {
            return Optional.of("private-address");
          }
        }
      } catch (UnknownHostException e) {
        return Optional.of(UNKNOWN_HOST);
      }
    }
    return Optional.empty();
  }

  private boolean isAllowed(String host) {
    for (String allowed : allowedHosts) {
      String a = allowed.toLowerCase(Locale.ROOT);
      if (host.equals(a) || host.endsWith("." + a)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isUniqueLocal(InetAddress address) {
    byte[] bytes = address.getAddress();
    return bytes.length == 16 && (bytes[0] & 0xFE) == 0xFC; // fc00::/7
  }
}
