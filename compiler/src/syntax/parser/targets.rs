//! What may stand left of `=`, after `for`, after `del` and left of `+=`.

use super::{Bail, PResult, Parser};
use crate::diagnostics::{Code, Diagnostic};
use crate::syntax::ast::{Expr, ExprKind};

impl<'a> Parser<'a> {
    /// Names, attributes, subscripts, and tuples/lists of targets with starred items.
    pub(super) fn check_assign_target(&mut self, target: &Expr) -> PResult<()> {
        match &target.kind {
            ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(()),
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for item in items {
                    match &item.kind {
                        ExprKind::Starred(inner) => self.check_assign_target(inner)?,
                        _ => self.check_assign_target(item)?,
                    }
                }
                Ok(())
            }
            _ => Err(self.invalid_target(target)),
        }
    }

    /// `del` accepts the same targets without starred items.
    pub(super) fn check_del_target(&mut self, target: &Expr) -> PResult<()> {
        match &target.kind {
            ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(()),
            ExprKind::Tuple(items) | ExprKind::List(items) => items
                .iter()
                .try_for_each(|item| self.check_del_target(item)),
            _ => Err(self.invalid_target(target)),
        }
    }

    /// Augmented and annotated assignments take a single name, attribute or subscript.
    pub(super) fn check_single_target(&mut self, target: &Expr) -> PResult<()> {
        match &target.kind {
            ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(()),
            _ => Err(self.invalid_target(target)),
        }
    }

    fn invalid_target(&mut self, target: &Expr) -> Bail {
        let diagnostic = Diagnostic::error(Code::InvalidAssignmentTarget, target.span)
            .with("found", self.text(target.span));
        self.report(diagnostic);
        Bail
    }
}
