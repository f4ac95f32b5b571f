package dk.mikrolan.jdbc;

/**
 * A tiny codec for the contract tests' own event, so that the event store is tested apart from
 * the domain's JSON format.
 */
final class NoteCodec implements EventCodec {

  /** The contract tests' event: who wrote it and its sequence number. */
  record Note(String writer, int seq) {}

  @Override
  public Encoded encode(Object event) {
    Note n = (Note) event;
    return new Encoded("test.Note", 1, "{\"writer\":\"" + n.writer() + "\",\"seq\":" + n.seq() + "}");
  }

  @Override
  public Object decode(String type, int schemaVersion, String json) {
    if (!type.equals("test.Note") || schemaVersion != 1) {
      throw new IllegalArgumentException("Unknown " + type + " v" + schemaVersion);
    }
    String writer = json.substring(json.indexOf(":\"") + 2, json.indexOf("\","));
    int seq = Integer.parseInt(json.substring(json.lastIndexOf(':') + 1, json.length() - 1));
    return new Note(writer, seq);
  }
}
