package io.newswire.app;

import io.newswire.app.config.NewswireConfig.ConfigException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Whether a port the configuration names can be listened on, asked before anything is started. */
final class PortCheck {
  private PortCheck() {}

  /** Port 0 (any free port) always passes; a taken port is a configuration error naming the setting. */
  static void requireFree(String host, int port, String setting) {
    if (port == 0) {
      return;
    }
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(host, port));
    } catch (IOException e) {
      throw new ConfigException(setting + " " + host + ":" + port + " is not free (" + e.getMessage()
          + "): stop what listens there, or choose another with --set " + setting + "=PORT");
    }
  }
}
