;; not supported
error[E0401]: `⁨generator expressions used as values⁩` is not supported yet
 --> unsupported.ml:1:11
  |
1 | squares = (n * n for n in range(3))
  |           ^^^^^^^^^^^^^^^^^^^^^^^^^

