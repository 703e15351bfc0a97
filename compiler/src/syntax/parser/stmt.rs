//! Statements and blocks (LANGUAGE.md §3 with Python's additions of §9), and recovery at
//! statement boundaries.

use super::{Bail, MAX_NESTING, PResult, Parser};
use crate::diagnostics::{Code, Diagnostic};
use crate::syntax::ast::{
    BinOp, ClassDef, ExceptHandler, Expr, FunctionDef, ImportAlias, MatchCase, Name, Pattern,
    PatternKind, Stmt, StmtKind, WithItem,
};
use crate::syntax::token::{AugOp, Keyword, Op, TokenKind};

impl<'a> Parser<'a> {
    /// The statements of the whole file.
    pub(super) fn module(&mut self) -> Vec<Stmt> {
        let mut body = self.stmt_buffers.take();
        loop {
            match self.kind() {
                TokenKind::Eof => break,
                // A dedent at the top level has nothing to close.
                TokenKind::Dedent => {
                    self.bump();
                }
                _ => self.statement(&mut body),
            }
        }
        self.stmt_buffers.finish(body)
    }

    /// Statements after an INDENT, through the matching DEDENT.
    fn indented_statements(&mut self) -> Vec<Stmt> {
        let mut body = self.stmt_buffers.take();
        loop {
            match self.kind() {
                TokenKind::Eof => break,
                TokenKind::Dedent => {
                    self.bump();
                    break;
                }
                _ => self.statement(&mut body),
            }
        }
        self.stmt_buffers.finish(body)
    }

    /// Parses one logical line (simple statements) or one compound statement into `out`. On a
    /// syntax error, skips to the next statement and leaves a [`StmtKind::Error`] in its place.
    pub(super) fn statement(&mut self, out: &mut Vec<Stmt>) {
        let start = self.start();
        let (depth, links) = (self.depth, self.links);
        if self.statement_inner(out).is_err() {
            (self.depth, self.links) = (depth, links);
            self.recover_to_line_end();
            self.skip_orphan_block();
            out.push(Stmt {
                kind: StmtKind::Error,
                span: self.span_from(start),
            });
        }
    }

    fn statement_inner(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        if let Some(stmt) = self.surface_statement()? {
            out.push(stmt);
            return Ok(());
        }
        let start = self.start();
        // One `?` after the match (not one per arm): unoptimized builds give every arm's
        // temporaries their own stack slots, and nested blocks recurse through this frame.
        let kind = match self.kind() {
            TokenKind::Newline => {
                self.bump();
                return Ok(());
            }
            TokenKind::Indent => return self.unexpected_indent(out),
            TokenKind::Op(Op::At) => self.decorated(),
            TokenKind::Keyword(kw) => match kw {
                Keyword::If => self.if_stmt(),
                Keyword::While => self.while_stmt(),
                Keyword::For => self.for_stmt(false),
                Keyword::Try => self.try_stmt(),
                Keyword::With => self.with_stmt(false),
                Keyword::Def => self.function_def(Vec::new(), false),
                Keyword::Class => self.class_def(Vec::new()),
                Keyword::Async => self.async_stmt(),
                Keyword::Match if self.looks_like_match() => self.match_stmt(),
                Keyword::Elif | Keyword::Else | Keyword::Except | Keyword::Finally => {
                    Err(self.error_here(Code::UnexpectedToken))
                }
                _ => return self.simple_line(out),
            },
            _ => return self.simple_line(out),
        }?;
        out.push(Stmt {
            kind,
            span: self.span_from(start),
        });
        Ok(())
    }

    /// An indented block where no block may start: reported, and its statements kept.
    #[inline(never)]
    fn unexpected_indent(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        let diagnostic = Diagnostic::error(Code::UnexpectedIndent, self.span());
        self.report(diagnostic);
        let body = self.indented_block()?;
        out.extend(body);
        Ok(())
    }

    /// After a statement that failed, the block it introduced is parsed (its errors are
    /// independent) and dropped.
    fn skip_orphan_block(&mut self) {
        if !matches!(self.kind(), TokenKind::Indent) {
            return;
        }
        if self.depth >= MAX_NESTING {
            // Already reported as too deep.
            self.skip_block();
        } else {
            let (depth, links) = (self.depth, self.links);
            if self.indented_block().is_err() {
                (self.depth, self.links) = (depth, links);
            }
        }
    }

    /// INDENT statements DEDENT, one nesting level deeper; skipped when too deep.
    fn indented_block(&mut self) -> PResult<Vec<Stmt>> {
        if self.enter().is_err() {
            self.leave();
            self.skip_block();
            return Ok(Vec::new());
        }
        self.bump();
        let body = self.indented_statements();
        self.leave();
        Ok(body)
    }

    /// `':' suite`.
    pub(super) fn block(&mut self) -> PResult<Vec<Stmt>> {
        self.expect_op(Op::Colon)?;
        self.suite()
    }

    /// NEWLINE INDENT statements DEDENT, or simple statements on the same line (`if x: a; b`).
    pub(super) fn suite(&mut self) -> PResult<Vec<Stmt>> {
        if !matches!(self.kind(), TokenKind::Newline) {
            let mut body = Vec::new();
            self.simple_line(&mut body)?;
            return Ok(body);
        }
        self.bump();
        if !matches!(self.kind(), TokenKind::Indent) {
            let diagnostic =
                Diagnostic::error(Code::ExpectedIndent, self.span()).with("found", self.found());
            self.report(diagnostic);
            return Ok(Vec::new());
        }
        self.indented_block()
    }

    // ----- simple statements -----

    /// `simple (';' simple)* [';']` up to the end of the line.
    fn simple_line(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        loop {
            let start = self.start();
            let kind = self.simple_stmt()?;
            out.push(Stmt {
                kind,
                span: self.span_from(start),
            });
            if !self.eat_op(Op::Semicolon) || self.at_line_end() {
                break;
            }
        }
        self.end_of_line()
    }

    fn end_of_line(&mut self) -> PResult<()> {
        match self.kind() {
            TokenKind::Newline => {
                self.bump();
                Ok(())
            }
            TokenKind::Eof | TokenKind::Dedent => Ok(()),
            _ => Err(self.error_here(Code::UnexpectedToken)),
        }
    }

    fn simple_stmt(&mut self) -> PResult<StmtKind> {
        let TokenKind::Keyword(kw) = *self.kind() else {
            return self.assignment_or_expr();
        };
        let kind = match kw {
            Keyword::Pass => {
                self.bump();
                StmtKind::Pass
            }
            Keyword::Break => {
                self.bump();
                StmtKind::Break
            }
            Keyword::Continue => {
                self.bump();
                StmtKind::Continue
            }
            Keyword::Return => {
                self.bump();
                let value = if self.at_line_end() {
                    None
                } else {
                    Some(self.star_exprs()?)
                };
                StmtKind::Return(value)
            }
            Keyword::Raise => {
                self.bump();
                let (exc, cause) = if self.at_line_end() {
                    (None, None)
                } else {
                    let exc = self.expr()?;
                    let cause = if self.eat_kw(Keyword::From) {
                        Some(self.expr()?)
                    } else {
                        None
                    };
                    (Some(exc), cause)
                };
                StmtKind::Raise { exc, cause }
            }
            Keyword::Global => {
                self.bump();
                StmtKind::Global(self.name_list()?)
            }
            Keyword::Nonlocal => {
                self.bump();
                StmtKind::Nonlocal(self.name_list()?)
            }
            Keyword::Local if self.soft_keyword_starts_statement() => {
                self.bump();
                StmtKind::Nonlocal(self.name_list()?)
            }
            Keyword::Del => {
                self.bump();
                let mut targets = vec![self.bit_or_expr()?];
                while self.eat_op(Op::Comma) && !self.at_line_end() {
                    targets.push(self.bit_or_expr()?);
                }
                for target in &targets {
                    self.check_del_target(target)?;
                }
                StmtKind::Delete(targets)
            }
            Keyword::Assert => {
                self.bump();
                let test = self.expr()?;
                let msg = if self.eat_op(Op::Comma) {
                    Some(self.expr()?)
                } else {
                    None
                };
                StmtKind::Assert { test, msg }
            }
            Keyword::Import => self.import_stmt()?,
            Keyword::From => self.import_from_stmt()?,
            Keyword::Let | Keyword::Const if self.soft_keyword_starts_statement() => {
                self.let_stmt()?
            }
            Keyword::Reserved(_) | Keyword::Case | Keyword::Default
                if !self.soft_keyword_is_name() =>
            {
                return Err(self.error_here(Code::UnexpectedToken));
            }
            _ => self.assignment_or_expr()?,
        };
        Ok(kind)
    }

    /// At `local`, `let` or `const`: the statement it introduces (a name or a target follows:
    /// `let x = 1`, `let (a, b) = p`), rather than the keyword used as a name (`local = 1`).
    fn soft_keyword_starts_statement(&self) -> bool {
        match self.peek_kind(1) {
            TokenKind::Op(Op::Star) => true,
            TokenKind::Op(Op::LParen) => self.parenthesized_target_follows(),
            TokenKind::Keyword(kw) => super::cursor::is_name_keyword(*kw),
            TokenKind::Name(_) => true,
            _ => false,
        }
    }

    /// `let (a, b) = ...`: the parentheses after the keyword are followed by `=`, `:` or `,`
    /// (a call `let(x)` is not).
    fn parenthesized_target_follows(&self) -> bool {
        let mut depth = 0u32;
        let mut index = self.pos + 1;
        loop {
            match &self.token_at(index).kind {
                TokenKind::Eof => return false,
                TokenKind::Op(Op::LParen | Op::LBracket | Op::LBrace) => depth += 1,
                TokenKind::Op(Op::RParen | Op::RBracket | Op::RBrace) => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        return matches!(
                            self.token_at(index + 1).kind,
                            TokenKind::Op(Op::Assign | Op::Colon | Op::Comma)
                        );
                    }
                }
                TokenKind::Newline if depth == 0 => return false,
                _ => {}
            }
            index += 1;
        }
    }

    /// At a reserved word, `case` or `default` starting a statement: it is a name when an
    /// expression continues after it (`classify(x)`, `case = 1`); otherwise the statement is
    /// reported (`spawn worker()` as an unsupported keyword).
    fn soft_keyword_is_name(&self) -> bool {
        super::cursor::continues_expression(self.peek_kind(1), self.peek_kind(2))
    }

    /// An expression statement, an assignment `a = b = value`, `a += value` or `a: T = value`.
    fn assignment_or_expr(&mut self) -> PResult<StmtKind> {
        let first = self.assigned_value()?;
        if self.at_op(Op::Assign) {
            let (targets, value) = self.assignment_chain(first)?;
            return Ok(StmtKind::Assign { targets, value });
        }
        if let TokenKind::Op(Op::AugAssign(aug)) = *self.kind() {
            self.check_single_target(&first)?;
            self.bump();
            let value = self.assigned_value()?;
            return Ok(StmtKind::AugAssign {
                target: first,
                op: binop_of(aug),
                value,
            });
        }
        if self.at_op(Op::Colon) {
            self.check_single_target(&first)?;
            self.bump();
            let annotation = self.expr()?;
            let value = if self.eat_op(Op::Assign) {
                Some(self.assigned_value()?)
            } else {
                None
            };
            return Ok(StmtKind::AnnAssign {
                target: first,
                annotation,
                value,
            });
        }
        Ok(StmtKind::Expr(first))
    }

    /// `first = b = ... = value` from the first `=`: the targets (checked) and the value.
    fn assignment_chain(&mut self, first: Expr) -> PResult<(Vec<Expr>, Expr)> {
        let mut targets = vec![first];
        let mut value;
        loop {
            self.expect_op(Op::Assign)?;
            value = self.assigned_value()?;
            if !self.at_op(Op::Assign) {
                break;
            }
            targets.push(value);
        }
        for target in &targets {
            self.check_assign_target(target)?;
        }
        Ok((targets, value))
    }

    /// The right-hand side of an assignment: a `yield` expression or star expressions.
    fn assigned_value(&mut self) -> PResult<Expr> {
        if self.at_kw(Keyword::Yield) {
            return self.yield_expr();
        }
        self.star_exprs()
    }

    /// `LET targets [':' T] '=' [targets '=']* value` and `CONST name [':' T] '=' value`.
    fn let_stmt(&mut self) -> PResult<StmtKind> {
        let is_const = self.at_kw(Keyword::Const);
        self.bump();
        let first = self.target_list()?;
        let annotation = if self.eat_op(Op::Colon) {
            Some(self.expr()?)
        } else {
            None
        };
        let (targets, value) = self.assignment_chain(first)?;
        Ok(StmtKind::Let {
            targets,
            annotation,
            value,
            is_const,
        })
    }

    /// `name (',' name)*` after `global` / `nonlocal`.
    fn name_list(&mut self) -> PResult<Vec<Name>> {
        let mut names = vec![self.expect_name()?];
        while self.eat_op(Op::Comma) {
            names.push(self.expect_name()?);
        }
        Ok(names)
    }

    /// `import a.b.c [as d], ...`
    fn import_stmt(&mut self) -> PResult<StmtKind> {
        self.bump();
        let mut aliases = Vec::new();
        loop {
            let start = self.start();
            let name = self.dotted_name()?;
            let asname = self.optional_as_name()?;
            aliases.push(ImportAlias {
                name,
                asname,
                span: self.span_from(start),
            });
            if !self.eat_op(Op::Comma) {
                break;
            }
        }
        Ok(StmtKind::Import(aliases))
    }

    /// `from ..a.b import c, d as e`, `from . import (c, d,)`, `from m import *`.
    fn import_from_stmt(&mut self) -> PResult<StmtKind> {
        self.bump();
        let mut level = 0u32;
        loop {
            if self.eat_op(Op::Dot) {
                level += 1;
            } else if self.eat_op(Op::Ellipsis) {
                level += 3;
            } else {
                break;
            }
        }
        let module = if level > 0 && self.at_kw(Keyword::Import) {
            None
        } else {
            Some(self.dotted_name()?)
        };
        self.expect_kw(Keyword::Import)?;
        if self.eat_op(Op::Star) {
            return Ok(StmtKind::ImportFrom {
                level,
                module,
                names: Vec::new(),
                star: true,
            });
        }
        let parenthesized = self.at_op(Op::LParen);
        if parenthesized {
            self.open_bracket();
        }
        let mut names = Vec::new();
        loop {
            let start = self.start();
            let name = self.module_word()?;
            let asname = self.optional_as_name()?;
            names.push(ImportAlias {
                name,
                asname,
                span: self.span_from(start),
            });
            if !self.eat_op(Op::Comma) || (parenthesized && self.at_op(Op::RParen)) {
                break;
            }
        }
        if parenthesized {
            self.close_bracket(Op::RParen)?;
        }
        Ok(StmtKind::ImportFrom {
            level,
            module,
            names,
            star: false,
        })
    }

    fn optional_as_name(&mut self) -> PResult<Option<Name>> {
        if self.eat_kw(Keyword::As) {
            Ok(Some(self.expect_name()?))
        } else {
            Ok(None)
        }
    }

    /// `a.b.c` as one string.
    fn dotted_name(&mut self) -> PResult<String> {
        let mut name = self.module_word()?;
        while self.eat_op(Op::Dot) {
            name.push('.');
            name.push_str(&self.module_word()?);
        }
        Ok(name)
    }

    /// One word of a module path or an imported name. Words that happen to be keywords of the
    /// file's language are taken as typed (identifier-like keywords as the builtin they name).
    fn module_word(&mut self) -> PResult<String> {
        if let Some(name) = self.name_here() {
            self.bump();
            return Ok(name.id);
        }
        match self.kind() {
            TokenKind::Keyword(kw) if !matches!(kw, Keyword::Import | Keyword::As) => {
                let span = self.bump();
                Ok(self.text(span).to_string())
            }
            _ => Err(self.error_here(Code::ExpectedIdentifier)),
        }
    }

    // ----- compound statements -----

    /// `IF test block (ELIF test block)* [ELSE block]`; also entered at `ELIF`.
    fn if_stmt(&mut self) -> PResult<StmtKind> {
        self.bump();
        let test = self.named_expr()?;
        let body = self.block()?;
        let orelse = self.if_tail()?;
        Ok(StmtKind::If { test, body, orelse })
    }

    /// The `elif`/`else` part of an `if` (`else if` is accepted as `elif`).
    pub(super) fn if_tail(&mut self) -> PResult<Vec<Stmt>> {
        let else_if = self.at_kw(Keyword::Else)
            && matches!(self.peek_kind(1), TokenKind::Keyword(Keyword::If));
        if self.at_kw(Keyword::Elif) || else_if {
            let start = self.start();
            if else_if {
                self.bump();
            }
            let kind = self.if_stmt()?;
            return Ok(vec![Stmt {
                kind,
                span: self.span_from(start),
            }]);
        }
        self.else_block()
    }

    /// `[ELSE block]`
    pub(super) fn else_block(&mut self) -> PResult<Vec<Stmt>> {
        if self.eat_kw(Keyword::Else) {
            self.block()
        } else {
            Ok(Vec::new())
        }
    }

    fn while_stmt(&mut self) -> PResult<StmtKind> {
        self.bump();
        let test = self.named_expr()?;
        let body = self.block()?;
        let orelse = self.else_block()?;
        Ok(StmtKind::While { test, body, orelse })
    }

    fn for_stmt(&mut self, is_async: bool) -> PResult<StmtKind> {
        self.bump();
        let target = self.target_list()?;
        self.check_assign_target(&target)?;
        self.expect_kw(Keyword::In)?;
        let iter = self.star_exprs()?;
        let body = self.block()?;
        let orelse = self.else_block()?;
        Ok(StmtKind::For {
            is_async,
            target,
            iter,
            body,
            orelse,
        })
    }

    fn try_stmt(&mut self) -> PResult<StmtKind> {
        self.bump();
        let body = self.block()?;
        let mut handlers = Vec::new();
        while self.at_kw(Keyword::Except) {
            let start = self.start();
            self.bump();
            let type_ = if self.at_op(Op::Colon) {
                None
            } else {
                Some(self.expr()?)
            };
            let name = self.optional_as_name()?;
            let body = self.block()?;
            handlers.push(ExceptHandler {
                type_,
                name,
                body,
                span: self.span_from(start),
            });
        }
        let orelse = if handlers.is_empty() {
            Vec::new()
        } else {
            self.else_block()?
        };
        let finalbody = if self.eat_kw(Keyword::Finally) {
            self.block()?
        } else {
            Vec::new()
        };
        if handlers.is_empty() && finalbody.is_empty() && !self.at_kw(Keyword::Finally) {
            let expected = self.keyword_spelling(Keyword::Except);
            let diagnostic = Diagnostic::error(Code::UnexpectedToken, self.span())
                .with("found", self.found())
                .with("expected", expected);
            self.report(diagnostic);
        }
        Ok(StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        })
    }

    fn with_stmt(&mut self, is_async: bool) -> PResult<StmtKind> {
        self.bump();
        let mut items = Vec::new();
        if self.at_op(Op::LParen) && self.parenthesized_with_items() {
            self.open_bracket();
            loop {
                items.push(self.with_item()?);
                if !self.eat_op(Op::Comma) || self.at_op(Op::RParen) {
                    break;
                }
            }
            self.close_bracket(Op::RParen)?;
        } else {
            loop {
                items.push(self.with_item()?);
                if !self.eat_op(Op::Comma) {
                    break;
                }
            }
        }
        let body = self.block()?;
        Ok(StmtKind::With {
            is_async,
            items,
            body,
        })
    }

    /// `with (a as b, c):` — the parentheses hold items when a `:` follows the closing one.
    fn parenthesized_with_items(&self) -> bool {
        let mut depth = 0u32;
        let mut index = self.pos;
        loop {
            match &self.token_at(index).kind {
                TokenKind::Eof => return false,
                TokenKind::Op(Op::LParen | Op::LBracket | Op::LBrace) => depth += 1,
                TokenKind::Op(Op::RParen | Op::RBracket | Op::RBrace) => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        return matches!(self.token_at(index + 1).kind, TokenKind::Op(Op::Colon));
                    }
                }
                TokenKind::Newline if depth == 0 => return false,
                _ => {}
            }
            index += 1;
        }
    }

    /// `context [as target]`
    fn with_item(&mut self) -> PResult<WithItem> {
        let context = self.expr()?;
        let target = if self.eat_kw(Keyword::As) {
            let target = self.bit_or_expr()?;
            self.check_assign_target(&target)?;
            Some(target)
        } else {
            None
        };
        Ok(WithItem { context, target })
    }

    /// `('@' expr NEWLINE)+` then `def`, `async def` or `class`.
    fn decorated(&mut self) -> PResult<StmtKind> {
        let mut decorators = Vec::new();
        while self.eat_op(Op::At) {
            decorators.push(self.named_expr()?);
            self.end_of_line()?;
        }
        match self.kind() {
            TokenKind::Keyword(Keyword::Def) => self.function_def(decorators, false),
            TokenKind::Keyword(Keyword::Class) => self.class_def(decorators),
            TokenKind::Keyword(Keyword::Async)
                if matches!(self.peek_kind(1), TokenKind::Keyword(Keyword::Def)) =>
            {
                self.bump();
                self.function_def(decorators, true)
            }
            _ => {
                let expected = self.keyword_spelling(Keyword::Def);
                Err(self.unexpected(expected))
            }
        }
    }

    fn async_stmt(&mut self) -> PResult<StmtKind> {
        self.bump();
        match self.kind() {
            TokenKind::Keyword(Keyword::Def) => self.function_def(Vec::new(), true),
            TokenKind::Keyword(Keyword::For) => self.for_stmt(true),
            TokenKind::Keyword(Keyword::With) => self.with_stmt(true),
            _ => {
                let expected = self.keyword_spelling(Keyword::Def);
                Err(self.unexpected(expected))
            }
        }
    }

    /// `DEF name ( params ) [-> T] block`
    fn function_def(&mut self, decorators: Vec<Expr>, is_async: bool) -> PResult<StmtKind> {
        self.bump();
        let name = self.expect_name()?;
        let params = self.def_parameters()?;
        let returns = if self.eat_op(Op::Arrow) {
            Some(self.expr()?)
        } else {
            None
        };
        let body = self.block()?;
        Ok(StmtKind::FunctionDef(Box::new(FunctionDef {
            name,
            is_async,
            decorators,
            params,
            returns,
            body,
        })))
    }

    /// `CLASS name [( bases, keywords )] block`
    fn class_def(&mut self, decorators: Vec<Expr>) -> PResult<StmtKind> {
        self.bump();
        let name = self.expect_name()?;
        let (bases, keywords) = if self.at_op(Op::LParen) {
            self.call_arguments()?
        } else {
            (Vec::new(), Vec::new())
        };
        let body = self.block()?;
        Ok(StmtKind::ClassDef(Box::new(ClassDef {
            name,
            decorators,
            bases,
            keywords,
            body,
        })))
    }

    // ----- match -----

    /// `match` is a soft keyword: a statement only when its line ends with `:`.
    fn looks_like_match(&self) -> bool {
        if !matches!(
            self.peek_kind(1),
            TokenKind::Name(_)
                | TokenKind::Int(_)
                | TokenKind::Float(_)
                | TokenKind::Str(_)
                | TokenKind::FString(_)
                | TokenKind::Keyword(_)
                | TokenKind::Op(
                    Op::LParen | Op::LBracket | Op::LBrace | Op::Minus | Op::Star | Op::Tilde
                )
        ) {
            return false;
        }
        let mut depth = 0i32;
        let mut last = None;
        let mut index = self.pos;
        loop {
            let kind = &self.token_at(index).kind;
            match kind {
                TokenKind::Eof => break,
                TokenKind::Newline if depth <= 0 => break,
                TokenKind::Op(Op::LParen | Op::LBracket | Op::LBrace) => depth += 1,
                TokenKind::Op(Op::RParen | Op::RBracket | Op::RBrace) => depth -= 1,
                _ => {}
            }
            last = Some(kind);
            index += 1;
        }
        matches!(last, Some(TokenKind::Op(Op::Colon)))
    }

    /// `MATCH subject ':' NEWLINE INDENT (CASE patterns [IF guard] block | DEFAULT block)+ DEDENT`
    fn match_stmt(&mut self) -> PResult<StmtKind> {
        self.bump();
        let subject = self.star_exprs()?;
        self.expect_op(Op::Colon)?;
        if !matches!(self.kind(), TokenKind::Newline) {
            return Err(self.error_here(Code::UnexpectedToken));
        }
        self.bump();
        if !matches!(self.kind(), TokenKind::Indent) {
            return Err(self.error_here(Code::ExpectedIndent));
        }
        self.nested(|p| {
            p.bump();
            let mut cases = Vec::new();
            loop {
                match p.kind() {
                    TokenKind::Eof => break,
                    TokenKind::Dedent => {
                        p.bump();
                        break;
                    }
                    TokenKind::Newline => {
                        p.bump();
                    }
                    _ => {
                        let (depth, links) = (p.depth, p.links);
                        match p.match_case() {
                            Ok(case) => cases.push(case),
                            Err(Bail) => {
                                (p.depth, p.links) = (depth, links);
                                p.recover_to_line_end();
                                p.skip_orphan_block();
                            }
                        }
                    }
                }
            }
            Ok(StmtKind::Match { subject, cases })
        })
    }

    /// `CASE patterns [IF guard] block` or `DEFAULT block` (the same as `case _`).
    fn match_case(&mut self) -> PResult<MatchCase> {
        let start = self.start();
        let pattern = match self.kind() {
            TokenKind::Keyword(Keyword::Case) => {
                self.bump();
                self.case_patterns()?
            }
            TokenKind::Keyword(Keyword::Default) => {
                let span = self.bump();
                Pattern {
                    kind: PatternKind::As {
                        pattern: None,
                        name: None,
                    },
                    span,
                }
            }
            _ => {
                let expected = self.keyword_spelling(Keyword::Case);
                return Err(self.unexpected(expected));
            }
        };
        let guard = if self.eat_kw(Keyword::If) {
            Some(self.named_expr()?)
        } else {
            None
        };
        let body = self.block()?;
        Ok(MatchCase {
            pattern,
            guard,
            body,
            span: self.span_from(start),
        })
    }
}

fn binop_of(aug: AugOp) -> BinOp {
    match aug {
        AugOp::Add => BinOp::Add,
        AugOp::Sub => BinOp::Sub,
        AugOp::Mul => BinOp::Mul,
        AugOp::Div => BinOp::Div,
        AugOp::FloorDiv => BinOp::FloorDiv,
        AugOp::Mod => BinOp::Mod,
        AugOp::Pow => BinOp::Pow,
        AugOp::BitAnd => BinOp::BitAnd,
        AugOp::BitOr => BinOp::BitOr,
        AugOp::BitXor => BinOp::BitXor,
        AugOp::LShift => BinOp::LShift,
        AugOp::RShift => BinOp::RShift,
    }
}
