;; not supported
error[E0401]: `⁨class definitions⁩` is not supported yet
 --> unsupported.ml:1:1
  |
1 | class Point:
  | ^^^^^^^^^^^^

