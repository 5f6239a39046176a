package dev.newskit.examples.service;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Which resolved addresses the service may fetch from: by default only public unicast ones, so that a
 * {@code ?fetch=} URL cannot reach the service's own host, its network or a cloud metadata endpoint
 * (server-side request forgery). Immutable.
 */
public final class AddressPolicy {
  private static final AddressPolicy PUBLIC_ONLY = new AddressPolicy(a -> false);

  private final Predicate<InetAddress> exceptions;

  private AddressPolicy(Predicate<InetAddress> exceptions) {
    this.exceptions = exceptions;
  }

  /** Public unicast addresses only. */
  public static AddressPolicy publicOnly() {
    return PUBLIC_ONLY;
  }

  /**
   * This policy, also allowing the addresses {@code allowed} accepts (an internal network you trust, or
   * loopback in tests).
   */
  public AddressPolicy allowing(Predicate<InetAddress> allowed) {
    Objects.requireNonNull(allowed, "allowed");
    return new AddressPolicy(exceptions.or(allowed));
  }

  /** Why {@code address} is refused, or empty when it may be fetched from. */
  public Optional<String> refusal(InetAddress address) {
    if (exceptions.test(address)) return Optional.empty();
    return classify(address).map(kind -> address.getHostAddress() + " is a " + kind + " address");
  }

  /** The kind of non-public address {@code a} is, or empty for a public unicast address. */
  static Optional<String> classify(InetAddress a) {
    byte[] b = a.getAddress();
    if (a instanceof Inet6Address) {
      if (b[0] == (byte) 0xfd && b[1] == 0x00 && b[2] == 0x0e && b[3] == (byte) 0xc2 && isTail254(b)) return Optional.of("cloud metadata");
      // IPv4 carried inside IPv6 (compatible ::a.b.c.d, NAT64 64:ff9b::/96, 6to4 2002::/16) is judged as that IPv4.
      if (allZero(b, 0, 12)) {
        if (allZero(b, 12, 16) || (b[12] == 0 && b[13] == 0 && b[14] == 0 && b[15] == 1)) {
          return Optional.of(b[15] == 1 ? "loopback" : "unspecified");
        }
        return classify(v4(b, 12));
      }
      if (b[0] == 0x00 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b && allZero(b, 4, 12)) return classify(v4(b, 12));
      if (b[0] == 0x20 && b[1] == 0x02) return classify(v4(b, 2));
      if ((b[0] & 0xfe) == 0xfc) return Optional.of("unique-local");
      if (b[0] == (byte) 0xfe && (b[1] & 0xc0) == 0x80) return Optional.of("link-local");
      if (b[0] == (byte) 0xfe && (b[1] & 0xc0) == 0xc0) return Optional.of("private (site-local)");
      if (b[0] == (byte) 0xff) return Optional.of("multicast");
      return Optional.empty();
    }
    int o0 = b[0] & 0xff;
    int o1 = b[1] & 0xff;
    if (o0 == 169 && o1 == 254 && (b[2] & 0xff) == 169 && (b[3] & 0xff) == 254) return Optional.of("cloud metadata");
    if (o0 == 127) return Optional.of("loopback");
    if (o0 == 0) return Optional.of("unspecified");
    if (o0 == 10 || (o0 == 172 && o1 >= 16 && o1 <= 31) || (o0 == 192 && o1 == 168)) return Optional.of("private");
    if (o0 == 169 && o1 == 254) return Optional.of("link-local");
    if (o0 == 100 && o1 >= 64 && o1 <= 127) return Optional.of("carrier-grade NAT");
    if (o0 >= 224 && o0 <= 239) return Optional.of("multicast");
    if (o0 >= 240) return Optional.of("reserved");
    if (o0 == 192 && o1 == 0 && (b[2] & 0xff) == 0) return Optional.of("reserved");
    if (o0 == 198 && (o1 == 18 || o1 == 19)) return Optional.of("reserved");
    return Optional.empty();
  }

  private static boolean isTail254(byte[] b) {
    return allZero(b, 4, 14) && b[14] == 0x02 && b[15] == 0x54;
  }

  private static boolean allZero(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) if (b[i] != 0) return false;
    return true;
  }

  private static InetAddress v4(byte[] b, int from) {
    try {
      return Inet4Address.getByAddress(new byte[] {b[from], b[from + 1], b[from + 2], b[from + 3]});
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e); // four bytes are always a valid IPv4 address
    }
  }
}
