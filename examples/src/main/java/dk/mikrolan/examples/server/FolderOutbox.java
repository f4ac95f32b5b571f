package dk.mikrolan.examples.server;

import dk.mikrolan.programme.LetterPort;
import dk.mikrolan.programme.OutboxLetter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The letter outbox delivered to a folder: each decision letter as a UTF-8 text file under {@code
 * <folder>/<kommunekode>/}, named by the letter's id (a case id and a version, never a CPR number).
 * A letter handed over again replaces its file with the same text, so delivering twice is harmless.
 * A municipality's mail system (Digital Post, print) picks the files up.
 */
final class FolderOutbox implements LetterPort {

  private final Path folder;

  FolderOutbox(Path folder) {
    this.folder = folder;
  }

  @Override
  public void deliver(OutboxLetter letter) {
    try {
      Path dir = Files.createDirectories(folder.resolve(letter.municipalityCode()));
      String name = letter.id().replaceAll("[^A-Za-z0-9._-]", "_") + ".txt";
      // Written aside under a hidden name, to disk, then moved into place: a pick-up never sees half a letter.
      Path temporary = dir.resolve("." + name + ".part");
      try (java.nio.channels.FileChannel out = java.nio.channels.FileChannel.open(temporary,
          java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING,
          java.nio.file.StandardOpenOption.WRITE)) {
        out.write(java.nio.ByteBuffer.wrap(letter.letter().danishText().getBytes(StandardCharsets.UTF_8)));
        out.force(true);
      }
      try {
        Files.move(temporary, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (java.nio.file.AtomicMoveNotSupportedException e) {
        Files.move(temporary, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write a letter to the outbox folder " + folder, e);
    }
  }
}
