;; not supported
error[E0401]: `⁨the @ operator⁩` is not supported yet
 --> unsupported.ml:2:7
  |
2 | print(squares @ squares)
  |       ^^^^^^^^^^^^^^^^^

